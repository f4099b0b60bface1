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
	record Result(List<Map<Long, Integer>> rounds, List<Long> leaders) {

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
		return new Result(List.of(votes), top(votes));
	}

	/**
	 * Instant runoff: each ballot counts for its highest-ranked candidate still in the
	 * count; while nobody has more than half of the ballots counted, the candidates with
	 * the fewest votes are eliminated together (unless that would eliminate everyone
	 * left: then those left are tied).
	 */
	static Result instantRunoff(List<Long> candidates, List<List<Long>> ballots) {
		Set<Long> continuing = new LinkedHashSet<>(candidates);
		List<Map<Long, Integer>> rounds = new ArrayList<>();
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
				return new Result(rounds, List.of());
			}
			for (Map.Entry<Long, Integer> entry : votes.entrySet()) {
				if (entry.getValue() * 2 > counted) {
					return new Result(rounds, List.of(entry.getKey()));
				}
			}
			int fewest = votes.values().stream().min(Integer::compare).orElseThrow();
			List<Long> last = votes.entrySet()
				.stream()
				.filter(e -> e.getValue() == fewest)
				.map(Map.Entry::getKey)
				.toList();
			if (last.size() == continuing.size()) {
				return new Result(rounds, List.copyOf(continuing));
			}
			last.forEach(continuing::remove);
		}
	}

	/**
	 * The recorded lottery between tied candidates: the one whose SHA-256 of
	 * {@code seed:candidateId} is smallest wins. Anyone can repeat it from the published
	 * seed.
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
