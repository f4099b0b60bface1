package org.practica.election;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.club.Clubs;
import org.practica.directory.CurrentUser;
import org.practica.support.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vote per member under concurrency: 200 members vote at once and 20 of them post a
 * second ballot at the same moment. The key on the voted marks, with the ballot in the
 * same transaction, lets exactly one of each pair through.
 */
class ElectionRaceTests extends ApiTestSupport {

	private static final int MEMBERS = 200;

	private static final int TWICE = 20;

	@Autowired
	Clubs clubs;

	@Autowired
	Elections elections;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoHundredMembersVoteAtOnceAndEveryDoubleIsRefused() throws Exception {
		ElectionFixture fixture = new ElectionFixture(this.organisations, this.accounts, this.clubs, this.elections,
				this.clock);
		ElectionFixture.Setup s = fixture.club(MEMBERS);
		ElectionFixture.Running r = fixture.running(s, Election.Method.PLURALITY, Election.TieRule.LOTTERY, 2);
		List<CurrentUser> voters = new ArrayList<>();
		s.members().forEach(m -> voters.add(fixture.as(m)));
		List<Runnable> posts = new ArrayList<>();
		Set<String> trackers = ConcurrentHashMap.newKeySet();
		AtomicInteger refused = new AtomicInteger();
		List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < MEMBERS; i++) {
			CurrentUser voter = voters.get(i);
			Long choice = r.candidates().get(i % 2).getId();
			int times = i < TWICE ? 2 : 1;
			for (int k = 0; k < times; k++) {
				posts.add(() -> {
					try {
						start.await();
						trackers.add(this.elections.vote(voter, r.id(), List.of(choice)));
					}
					catch (Problem ex) {
						if (ex.status() == HttpStatus.CONFLICT) {
							refused.incrementAndGet();
						}
						else {
							unexpected.add(ex);
						}
					}
					catch (Throwable ex) {
						unexpected.add(ex);
					}
				});
			}
		}
		Collections.shuffle(posts);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<?>> done = new ArrayList<>();
		posts.forEach(p -> done.add(pool.submit(p)));
		start.countDown();
		for (Future<?> f : done) {
			f.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();
		assertThat(unexpected).isEmpty();
		assertThat(trackers).hasSize(MEMBERS);
		assertThat(refused.get()).isEqualTo(TWICE);
		assertThat(this.jdbc.sql("select count(*) from election_ballot where election_id = ?")
			.param(r.id())
			.query(Long.class)
			.single()).isEqualTo(MEMBERS);
		assertThat(this.jdbc.sql("select count(*) from election_voted where election_id = ?")
			.param(r.id())
			.query(Long.class)
			.single()).isEqualTo(MEMBERS);
		fixture.close(r.election());
		// the ballots as cast are gone once published: only the shuffled, chained list
		// stays
		assertThat(this.jdbc.sql("select count(*) from election_ballot where election_id = ?")
			.param(r.id())
			.query(Long.class)
			.single()).isZero();
		Elections.Results results = this.elections.results(null, r.id());
		assertThat(results.election().getBallotsCast()).isEqualTo(MEMBERS)
			.isLessThanOrEqualTo(results.election().getRollCount());
		assertThat(results.firstRound().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MEMBERS);
		assertThat(results.ballots().stream().map(PublishedBallot::tracker).toList())
			.containsExactlyInAnyOrderElementsOf(trackers);
	}

}
