package org.practica.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.practica.club.Club;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.election.Candidate;
import org.practica.election.Election;
import org.practica.election.ElectionCall;
import org.practica.election.Elections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two elections at 萤火读书会 run on the real clock over a few seconds: the secretary's,
 * counted with its ballots published and its result on public notice; and the
 * president's, by ranked choice, open for voting for three days (wang.fang has not voted
 * yet). Each goes through calling, self-nomination, the federation's check and voting as
 * a person would.
 */
@Component
class ElectionDemo {

	private static final Logger log = LoggerFactory.getLogger(ElectionDemo.class);

	private final Elections elections;

	private final Clubs clubs;

	private final Accounts accounts;

	private final Clock clock;

	ElectionDemo(Elections elections, Clubs clubs, Accounts accounts, Clock clock) {
		this.elections = elections;
		this.clubs = clubs;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Runs the elections once the demo's transaction has committed, on a thread of its
	 * own (each vote and count is a transaction of its own), and waits for them.
	 */
	void load(Organisation hnit) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				Thread thread = new Thread(() -> run(hnit), "election-demo");
				thread.start();
				try {
					thread.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}

		});
	}

	private void run(Organisation hnit) {
		try {
			elections(hnit);
		}
		catch (RuntimeException ex) {
			log.warn("The demo elections could not be loaded", ex);
		}
	}

	private void elections(Organisation hnit) {
		CurrentUser federation = this.accounts.actingAs("hnit.federation");
		Club reading = this.clubs.search(federation, "萤火读书会", null, null, hnit.getId(), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		Election secretary = this.elections.call(federation, reading.getId(),
				new ElectionCall(Office.SECRETARY, now, now.plusSeconds(2), now.plusSeconds(4), now.plusSeconds(7),
						Election.Method.PLURALITY, Election.TieRule.LOTTERY));
		Election president = this.elections.call(federation, reading.getId(),
				new ElectionCall(Office.PRESIDENT, now, now.plusSeconds(2), now.plusSeconds(4), now.plusDays(3),
						Election.Method.INSTANT_RUNOFF, Election.TieRule.RUNOFF));
		List<Candidate> secretaries = List.of(stand(secretary, "zhao.lei", "我做过两年班级学习委员，会把每次读书会的记录、签到和经费公开做好。"),
				stand(secretary, "sun.li", "我会建立读书会的线上书目和借阅登记，让每本书都找得到。"));
		List<Candidate> presidents = List.of(stand(president, "wang.fang", "继续办好读书月和社区共读，把“萤火”读书角开进清泉山社区。"),
				stand(president, "liu.yang", "想把普法读书会做起来：每月读一本法律通识书，和法学院老师对谈。"),
				stand(president, "zhou.jie", "增加线上读书打卡和跨校交流，让更多同学愿意来。"));
		if (!waitUntil(secretary.getNominationsClose())) {
			return;
		}
		for (Election election : List.of(secretary, president)) {
			this.elections.settle(election.getId());
		}
		for (Candidate candidate : secretaries) {
			this.elections.decide(federation, secretary.getId(), candidate.getId(), true, null);
		}
		for (Candidate candidate : presidents) {
			this.elections.decide(federation, president.getId(), candidate.getId(), true, null);
		}
		this.elections.publishCandidates(federation, secretary.getId());
		this.elections.publishCandidates(federation, president.getId());
		if (!waitUntil(secretary.getOpensAt())) {
			return;
		}
		Long zhao = secretaries.get(0).getId();
		Long sun = secretaries.get(1).getId();
		vote(secretary, "wang.fang", zhao);
		vote(secretary, "liu.yang", zhao);
		vote(secretary, "zhao.lei", zhao);
		vote(secretary, "sun.li", sun);
		vote(secretary, "zhou.jie", sun);
		vote(president, "liu.yang", presidents.get(1).getId(), presidents.get(0).getId());
		vote(president, "zhou.jie", presidents.get(2).getId(), presidents.get(0).getId());
		vote(president, "sun.li", presidents.get(0).getId());
		if (!waitUntil(secretary.getClosesAt())) {
			return;
		}
		this.elections.settle(secretary.getId());
		log.info("Demo elections at 萤火读书会: the secretary's counted and on notice, the president's open for voting");
	}

	private Candidate stand(Election election, String username, String statement) {
		return this.elections.nominate(this.accounts.actingAs(username), election.getId(), statement);
	}

	private void vote(Election election, String username, Long... choice) {
		this.elections.vote(this.accounts.actingAs(username), election.getId(), List.of(choice));
	}

	/**
	 * Waits for the real clock to pass the instant (a few seconds); false when the clock
	 * does not move (a test's fixed clock), and the rest of the demo is left out.
	 */
	private boolean waitUntil(Instant instant) {
		Instant started = Instant.now(this.clock);
		Instant target = instant.plusMillis(200);
		while (this.clock.instant().isBefore(target)) {
			if (Duration.between(started, Instant.now(this.clock)).toSeconds() > 20
					|| this.clock.instant().equals(started) && waited(started)) {
				log.warn("The clock does not move: the demo elections stop before their voting");
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private boolean waited(Instant started) {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.clock.instant().equals(started);
	}

}
