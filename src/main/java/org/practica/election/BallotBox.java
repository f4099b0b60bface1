package org.practica.election;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practica.support.HashChain;
import org.practica.support.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the roll, the marks of who voted and the ballots are kept, apart from each other:
 * a ballot row has a random id, its choice and its tracker, nothing that leads to the
 * voter. Plain SQL, so that nothing (no entity, no sequence, no audit column) adds a
 * column the ballots must not have.
 */
@Component
class BallotBox {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	BallotBox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- the roll ---

	void writeRoll(Long electionId, List<Long> accountIds) {
		for (Long accountId : accountIds) {
			this.jdbc.sql("insert into election_roll (election_id, account_id) values (?, ?)")
				.params(electionId, accountId)
				.update();
		}
	}

	/** The roll's account ids in ascending order. */
	List<Long> roll(Long electionId) {
		return this.jdbc.sql("select account_id from election_roll where election_id = ? order by account_id")
			.param(electionId)
			.query(Long.class)
			.list();
	}

	boolean onRoll(Long electionId, Long accountId) {
		return this.jdbc.sql("select count(*) from election_roll where election_id = ? and account_id = ?")
			.params(electionId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** The SHA-256 of the ids in ascending order, joined by commas. */
	static String rollHash(List<Long> sortedIds) {
		return Sha256.hex(String.join(",", sortedIds.stream().map(String::valueOf).toList()));
	}

	// --- who voted ---

	boolean hasVoted(Long electionId, Long accountId) {
		return this.jdbc.sql("select count(*) from election_voted where election_id = ? and account_id = ?")
			.params(electionId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	long votedCount(Long electionId) {
		return this.jdbc.sql("select count(*) from election_voted where election_id = ?")
			.param(electionId)
			.query(Long.class)
			.single();
	}

	/** Members on the roll who have not voted. */
	List<Long> notVoted(Long electionId) {
		return this.jdbc.sql("select r.account_id from election_roll r where r.election_id = ? and not exists "
				+ "(select 1 from election_voted v where v.election_id = r.election_id and v.account_id = r.account_id) "
				+ "order by r.account_id")
			.param(electionId)
			.query(Long.class)
			.list();
	}

	// --- ballots ---

	/**
	 * Marks the member as voted (the key refuses a second mark) and puts the ballot in
	 * the box, in the caller's transaction. The tracker is the SHA-256 of the ballot's
	 * content and a random value that is given to nobody and kept nowhere.
	 */
	String cast(Long electionId, Long accountId, List<Long> choice) {
		this.jdbc.sql("insert into election_voted (election_id, account_id) values (?, ?)")
			.params(electionId, accountId)
			.update();
		String content = encode(choice);
		String tracker = Sha256.hex(electionId + "|" + content + "|" + random(32));
		this.jdbc.sql("insert into election_ballot (id, election_id, choice, tracker) values (?, ?, ?, ?)")
			.params(random(16), electionId, content, tracker)
			.update();
		return tracker;
	}

	/** The ballots as cast (in the database's order, which the count does not keep). */
	List<Ballot> ballots(Long electionId) {
		return this.jdbc.sql("select tracker, choice from election_ballot where election_id = ?")
			.param(electionId)
			.query((rs, n) -> new Ballot(rs.getString(1), decode(rs.getString(2))))
			.list();
	}

	/**
	 * Empties the box once its ballots are published: the rows as cast were written in
	 * the same transactions as the voted marks, and a database keeps traces of that (the
	 * transaction ids, the order of rows), so they must not outlive the count.
	 */
	void empty(Long electionId) {
		this.jdbc.sql("delete from election_ballot where election_id = ?").param(electionId).update();
	}

	// --- publication ---

	/**
	 * Publishes the ballots in the given (shuffled) order, each line chained to the one
	 * before; returns the chain's head.
	 */
	String publish(Long electionId, Instant closesAt, List<Ballot> shuffled) {
		String previous = HashChain.GENESIS;
		int seq = 0;
		for (Ballot ballot : shuffled) {
			seq++;
			String hash = PublishedBallot.hash(electionId, closesAt, seq, ballot.tracker(), encode(ballot.choice()),
					previous);
			this.jdbc
				.sql("insert into election_published_ballot (election_id, seq, tracker, choice, previous_hash, hash) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(electionId, seq, ballot.tracker(), encode(ballot.choice()), previous, hash)
				.update();
			previous = hash;
		}
		return previous;
	}

	List<PublishedBallot> published(Long electionId) {
		return this.jdbc
			.sql("select seq, tracker, choice, previous_hash, hash from election_published_ballot "
					+ "where election_id = ? order by seq")
			.param(electionId)
			.query((rs, n) -> new PublishedBallot(rs.getInt(1), rs.getString(2), decode(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	Optional<PublishedBallot> publishedByTracker(Long electionId, String tracker) {
		return this.jdbc
			.sql("select seq, tracker, choice, previous_hash, hash from election_published_ballot "
					+ "where election_id = ? and tracker = ?")
			.params(electionId, tracker)
			.query((rs, n) -> new PublishedBallot(rs.getInt(1), rs.getString(2), decode(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	// --- the tally ---

	void saveTally(Long electionId, List<Map<Long, Integer>> rounds) {
		for (int round = 0; round < rounds.size(); round++) {
			for (Map.Entry<Long, Integer> votes : rounds.get(round).entrySet()) {
				this.jdbc
					.sql("insert into election_tally (election_id, round, candidate_id, votes) values (?, ?, ?, ?)")
					.params(electionId, round + 1, votes.getKey(), votes.getValue())
					.update();
			}
		}
	}

	/** The stored count, round by round, most votes first in each. */
	List<Map<Long, Integer>> tally(Long electionId) {
		List<Map<Long, Integer>> rounds = new ArrayList<>();
		this.jdbc
			.sql("select round, candidate_id, votes from election_tally where election_id = ? "
					+ "order by round, votes desc, candidate_id")
			.param(electionId)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getLong(2), rs.getInt(3) })
			.list()
			.forEach(row -> {
				int round = (Integer) row[0];
				while (rounds.size() < round) {
					rounds.add(new LinkedHashMap<>());
				}
				rounds.get(round - 1).put((Long) row[1], (Integer) row[2]);
			});
		return rounds;
	}

	// --- encoding ---

	static String encode(List<Long> choice) {
		return String.join(",", choice.stream().map(String::valueOf).toList());
	}

	static List<Long> decode(String content) {
		return content.isEmpty() ? List.of() : Arrays.stream(content.split(",")).map(Long::valueOf).toList();
	}

	static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	/**
	 * A ballot as cast.
	 *
	 * @param tracker its tracker
	 * @param choice the candidates chosen, first preference first
	 */
	record Ballot(String tracker, List<Long> choice) {
	}

}
