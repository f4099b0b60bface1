package org.practica.matching;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a matching against an instance: every assignment is mutually acceptable, no
 * position is over capacity, and no student and position block it.
 * <p>
 * Linear in the total length of the lists, and built independently of
 * {@link DeferredAcceptance}: the rankings are transposed into per-student lists of
 * (position, rank), and each student's ranks are marked in a position-indexed array while
 * their own list is read.
 */
public final class StabilityVerifier {

	private static final int UNRANKED = -1;

	private StabilityVerifier() {
	}

	/**
	 * Verifies a matching.
	 * @param instance the instance
	 * @param matching a matching with one entry per student of the instance
	 * @return the first violation found, or empty if the matching is stable
	 * @throws IllegalArgumentException if the matching does not fit the instance
	 */
	public static Optional<Violation> verify(MatchingInstance instance, Matching matching) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		if (matching.studentCount() != students) {
			throw new IllegalArgumentException(
					"matching has " + matching.studentCount() + " students, instance " + students);
		}
		for (int s = 0; s < students; s++) {
			int p = matching.positionOf(s);
			if (p != Matching.UNASSIGNED && (p < 0 || p >= positions)) {
				throw new IllegalArgumentException("student " + s + " is assigned to unknown position " + p);
			}
		}
		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] capacities = instance.capacities();
		int[] rankingStart = instance.rankingStart();
		int[] ranking = instance.rankingEntries();

		// rankers of student s: positions ranksPosition[rankedStart[s]..] at ranks
		// rankValue[..]
		int[] rankedStart = new int[students + 1];
		for (int student : ranking) {
			rankedStart[student + 1]++;
		}
		for (int s = 0; s < students; s++) {
			rankedStart[s + 1] += rankedStart[s];
		}
		int[] cursor = Arrays.copyOf(rankedStart, students);
		int[] rankingPosition = new int[ranking.length];
		int[] rankValue = new int[ranking.length];
		for (int p = 0; p < positions; p++) {
			for (int i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
				int slot = cursor[ranking[i]]++;
				rankingPosition[slot] = p;
				rankValue[slot] = i - rankingStart[p];
			}
		}

		int[] rankAt = new int[positions];
		Arrays.fill(rankAt, UNRANKED);
		int[] held = new int[positions];
		int[] worstHeld = new int[positions];
		Arrays.fill(worstHeld, UNRANKED);

		for (int s = 0; s < students; s++) {
			int assigned = matching.positionOf(s);
			if (assigned == Matching.UNASSIGNED) {
				continue;
			}
			if (!lists(choices, choiceStart[s], choiceStart[s + 1], assigned)) {
				return Optional.of(new Violation(Violation.Kind.NOT_CHOSEN_BY_STUDENT, s, assigned));
			}
			mark(rankAt, rankingPosition, rankValue, rankedStart[s], rankedStart[s + 1]);
			int rank = rankAt[assigned];
			unmark(rankAt, rankingPosition, rankedStart[s], rankedStart[s + 1]);
			if (rank == UNRANKED) {
				return Optional.of(new Violation(Violation.Kind.NOT_RANKED_BY_POSITION, s, assigned));
			}
			if (++held[assigned] > capacities[assigned]) {
				return Optional.of(new Violation(Violation.Kind.OVER_CAPACITY, s, assigned));
			}
			worstHeld[assigned] = Math.max(worstHeld[assigned], rank);
		}

		for (int s = 0; s < students; s++) {
			int assigned = matching.positionOf(s);
			mark(rankAt, rankingPosition, rankValue, rankedStart[s], rankedStart[s + 1]);
			int blocking = Matching.UNASSIGNED;
			for (int k = choiceStart[s]; k < choiceStart[s + 1]; k++) {
				int p = choices[k];
				if (p == assigned) {
					break;
				}
				int rank = rankAt[p];
				if (rank != UNRANKED && (held[p] < capacities[p] || worstHeld[p] > rank)) {
					blocking = p;
					break;
				}
			}
			unmark(rankAt, rankingPosition, rankedStart[s], rankedStart[s + 1]);
			if (blocking != Matching.UNASSIGNED) {
				return Optional.of(new Violation(Violation.Kind.BLOCKING_PAIR, s, blocking));
			}
		}
		return Optional.empty();
	}

	private static boolean lists(int[] choices, int from, int to, int position) {
		for (int k = from; k < to; k++) {
			if (choices[k] == position) {
				return true;
			}
		}
		return false;
	}

	private static void mark(int[] rankAt, int[] rankingPosition, int[] rankValue, int from, int to) {
		for (int i = from; i < to; i++) {
			rankAt[rankingPosition[i]] = rankValue[i];
		}
	}

	private static void unmark(int[] rankAt, int[] rankingPosition, int from, int to) {
		for (int i = from; i < to; i++) {
			rankAt[rankingPosition[i]] = UNRANKED;
		}
	}

}
