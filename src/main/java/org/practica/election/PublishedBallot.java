package org.practica.election;

import java.time.Instant;
import java.util.List;

import org.practica.support.HashChain;

/**
 * A published ballot: a line of the chain.
 *
 * @param seq its place in the published (random) order, from 1
 * @param tracker its tracker
 * @param choice the candidates chosen, first preference first
 * @param previousHash the hash of the line before
 * @param hash this line's hash
 */
public record PublishedBallot(int seq, String tracker, List<Long> choice, String previousHash, String hash) {

	/**
	 * A line's hash: {@link HashChain#hash} over the line before, the place, the
	 * election, {@code ballot}, {@code election}, the close and {@code tracker|choice}.
	 */
	static String hash(Long electionId, Instant closesAt, int seq, String tracker, String choice, String previousHash) {
		return HashChain.hash(previousHash, seq, electionId, "ballot", "election", closesAt, tracker + "|" + choice);
	}

	public boolean sound(Long electionId, Instant closesAt) {
		return hash(electionId, closesAt, this.seq, this.tracker, BallotBox.encode(this.choice), this.previousHash)
			.equals(this.hash);
	}

}
