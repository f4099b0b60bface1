package org.practica.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.support.Sha256;

/**
 * Counts ballots: plurality, or instant runoff round by round. Plain rules with no
 * storage, the same for the count at the close and for anyone's recount of the published
 * ballots.
 */
final class Count {

	private Count() {
	}

	/**
	 * A count.
	 *
	 * @param rounds the votes of each candidate still counted, round by round
	 * @param leaders the winner, or the candidates tied for the win; empty when no ballot
	 * was cast
	 */
	record Result(List<Map<Long, Integer>> rounds, List<Long> leaders, boolean lotteryUsed) {

		boolean decided() {
			return this.leaders.size() == 1;
		}

		boolean tied() {
			return this.leaders.size() > 1;
		}

	}

	/** Each ballot's first choice is a vote; the most votes win. */
	static Result plurality(List<Long> candidates, List<List<Long>> ballots) {
		Map<Long, Integer> votes = zero(candidates);
		for (List<Long> ballot : ballots) {
			if (!ballot.isEmpty()) {
				votes.merge(ballot.get(0), 1, Integer::sum);
			}
		}
		return new Result(List.of(votes), top(votes), false);
	}

	/**
	 * Instant runoff: each ballot counts for its highest-ranked candidate still in the
	 * count; while nobody has more than half of the ballots counted, the candidates with
	 * the fewest votes are eliminated. Several tied for the fewest go together when
	 * together they still have fewer votes than the next candidate (so none of them could
	 * have won); otherwise the recorded lottery with the seed picks the one eliminated.
	 * When all those left are tied, they are tied for the win.
	 */
	static Result instantRunoff(List<Long> candidates, List<List<Long>> ballots, String seed) {
		Set<Long> continuing = new LinkedHashSet<>(candidates);
		List<Map<Long, Integer>> rounds = new ArrayList<>();
		boolean lottery = false;
		while (true) {
			Map<Long, Integer> votes = zero(continuing);
			int counted = 0;
			for (List<Long> ballot : ballots) {
				for (Long choice : ballot) {
					if (continuing.contains(choice)) {
						votes.merge(choice, 1, Integer::sum);
						counted++;
						break;
					}
				}
			}
			rounds.add(votes);
			if (counted == 0) {
				return new Result(rounds, List.of(), lottery);
			}
			for (Map.Entry<Long, Integer> entry : votes.entrySet()) {
				if (entry.getValue() * 2 > counted) {
					return new Result(rounds, List.of(entry.getKey()), lottery);
				}
			}
			int fewest = votes.values().stream().min(Integer::compare).orElseThrow();
			List<Long> last = votes.entrySet()
				.stream()
				.filter(e -> e.getValue() == fewest)
				.map(Map.Entry::getKey)
				.toList();
			if (last.size() == continuing.size()) {
				return new Result(rounds, List.copyOf(continuing), lottery);
			}
			int next = votes.values().stream().filter(v -> v > fewest).min(Integer::compare).orElseThrow();
			if (last.size() == 1 || (long) fewest * last.size() < next) {
				last.forEach(continuing::remove);
			}
			else {
				continuing.remove(lottery(seed, last));
				lottery = true;
			}
		}
	}

	/**
	 * The recorded lottery between tied candidates: the one whose SHA-256 of
	 * {@code seed:candidateId} is smallest is picked (to win a tie, or to be eliminated
	 * from an instant-runoff round). Anyone can repeat it from the published seed.
	 */
	static Long lottery(String seed, List<Long> tied) {
		return tied.stream().min(Comparator.comparing((Long id) -> Sha256.hex(seed + ":" + id))).orElseThrow();
	}

	private static Map<Long, Integer> zero(Iterable<Long> candidates) {
		Map<Long, Integer> votes = new LinkedHashMap<>();
		candidates.forEach(c -> votes.put(c, 0));
		return votes;
	}

	private static List<Long> top(Map<Long, Integer> votes) {
		int most = votes.values().stream().max(Integer::compare).orElse(0);
		if (most == 0) {
			return List.of();
		}
		return votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
	}

}
