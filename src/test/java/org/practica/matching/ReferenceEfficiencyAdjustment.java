package org.practica.matching;

import java.util.Arrays;

/**
 * The efficiency-adjusted pass as first written, kept as the reference the incremental
 * {@link EfficiencyAdjustment} is checked against: it reruns deferred acceptance from
 * scratch in every round.
 * <p>
 * The efficiency-adjusted deferred acceptance mechanism with consent (Kesten 2010, in the
 * simplified form of Tang and Yu 2014): the students who consent waive a priority that
 * cannot get them a place but blocks others, and everyone weakly gains over plain
 * deferred acceptance.
 * <p>
 * Round 0 runs student-proposing deferred acceptance. Each later round settles the
 * positions that rejected nobody in the previous round's run (underdemanded: no student
 * prefers them to what they hold) together with the students they hold, and the students
 * the run left without a place; those assignments are final and leave the problem. A
 * settled student who did not consent keeps their priority: every position they prefer to
 * their settled one refuses, from then on, every student it ranks below them. The round
 * then runs deferred acceptance again over the students and positions left, and the
 * rounds go on until no student is left. Each round settles at least the position that
 * took the last proposal (or the students left without one), so there are at most as many
 * rounds as positions plus one.
 * <p>
 * A settled student's failed proposals are what blocked others (Kesten's interruptions);
 * leaving them out of the next run is the waiver. Properties, tested against brute force
 * on small instances: nobody is worse off than under plain deferred acceptance; no
 * non-consenting student's priority is violated; with everyone consenting the result is
 * Pareto-efficient. Deferred acceptance has a unique outcome, so the result depends only
 * on the instance and the consents.
 */
final class ReferenceEfficiencyAdjustment {

	private static final int END = -1;

	private ReferenceEfficiencyAdjustment() {
	}

	/**
	 * Runs the efficiency-adjusted pass.
	 * @param instance the instance
	 * @param consents per student whether they waive their priority, or null for nobody
	 * @return the matching (with the proposals of every round) and the number of rounds
	 */
	static EfficiencyAdjustment.Result solve(MatchingInstance instance, boolean[] consents) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		if (consents != null && consents.length != students) {
			throw new IllegalArgumentException(consents.length + " consents for " + students + " students");
		}
		int[] capacities = instance.capacities();
		int[] acceptable = new int[positions];
		int[] listStart = new int[students];
		int[] list = pairs(instance, listStart, acceptable);

		int[] heapStart = new int[positions + 1];
		for (int p = 0; p < positions; p++) {
			heapStart[p + 1] = heapStart[p] + Math.min(capacities[p], acceptable[p]);
		}
		int[] heapSize = new int[positions];
		long[] heap = new long[heapStart[positions]];
		int[] resume = new int[students];
		// a position refuses every student it ranks at or below its cutoff's rank
		int[] cutoff = new int[positions];
		Arrays.fill(cutoff, Integer.MAX_VALUE);
		boolean[] removed = new boolean[positions];
		boolean[] rejected = new boolean[positions];
		int[] positionOf = new int[students];
		Arrays.fill(positionOf, Matching.UNASSIGNED);
		boolean[] held = new boolean[students];

		int[] active = new int[students];
		for (int s = 0; s < students; s++) {
			active[s] = s;
		}
		int activeCount = students;
		int[] next = new int[students];
		long proposals = 0;
		int rounds = 0;
		while (activeCount > 0) {
			rounds++;
			Arrays.fill(heapSize, 0);
			Arrays.fill(rejected, false);
			for (int i = 0; i < activeCount; i++) {
				int student = active[i];
				int at = listStart[student];
				while (true) {
					int p = list[at];
					if (p == END) {
						break;
					}
					int rank = list[at + 1];
					if (removed[p] || rank >= cutoff[p]) {
						at += 2;
						continue;
					}
					proposals++;
					long proposal = ((long) rank << 32) | student;
					int base = heapStart[p];
					int seats = heapStart[p + 1] - base;
					int size = heapSize[p];
					if (size < seats) {
						DeferredAcceptance.siftUp(heap, base, size, proposal);
						heapSize[p] = size + 1;
						resume[student] = at + 2;
						break;
					}
					rejected[p] = true;
					if (seats > 0 && heap[base] > proposal) {
						int displaced = (int) heap[base];
						DeferredAcceptance.siftDown(heap, base, seats, proposal);
						resume[student] = at + 2;
						student = displaced;
						at = resume[displaced];
					}
					else {
						at += 2;
					}
				}
			}

			// settle the underdemanded positions and their students; the rest go on
			int nextCount = 0;
			int settled = 0;
			for (int p = 0; p < positions; p++) {
				if (removed[p]) {
					continue;
				}
				int base = heapStart[p];
				int end = base + heapSize[p];
				if (rejected[p]) {
					for (int k = base; k < end; k++) {
						int s = (int) heap[k];
						held[s] = true;
						next[nextCount++] = s;
					}
				}
				else {
					removed[p] = true;
					for (int k = base; k < end; k++) {
						int s = (int) heap[k];
						held[s] = true;
						positionOf[s] = p;
						settled++;
						if (consents == null || !consents[s]) {
							keepPriority(list, listStart[s], p, cutoff);
						}
					}
				}
			}
			for (int i = 0; i < activeCount; i++) {
				int s = active[i];
				if (!held[s]) {
					settled++;
					if (consents == null || !consents[s]) {
						keepPriority(list, listStart[s], END, cutoff);
					}
				}
				held[s] = false;
			}
			if (settled == 0) {
				throw new IllegalStateException("a round settled nobody");
			}
			int[] swap = active;
			active = next;
			next = swap;
			activeCount = nextCount;
		}
		return new EfficiencyAdjustment.Result(new Matching(positionOf, proposals), rounds);
	}

	/**
	 * Every position above {@code settledAt} in the student's list refuses, from now on,
	 * the students it ranks below them.
	 */
	private static void keepPriority(int[] list, int at, int settledAt, int[] cutoff) {
		for (int p = list[at]; p != settledAt && p != END; at += 2, p = list[at]) {
			int rank = list[at + 1];
			if (rank < cutoff[p]) {
				cutoff[p] = rank + 1;
			}
		}
	}

	/**
	 * Each student's acceptable positions as (position, rank of the student there) pairs,
	 * best first, closed by an {@link #END} pair; found with a map of each position's
	 * ranks, independently of the solver's own {@link ChoiceRanks}.
	 */
	private static int[] pairs(MatchingInstance instance, int[] listStart, int[] acceptable) {
		java.util.Map<Long, Integer> rankOf = new java.util.HashMap<>();
		int[] rankingStart = instance.rankingStart();
		int[] ranking = instance.rankingEntries();
		for (int p = 0; p < instance.positionCount(); p++) {
			for (int i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
				rankOf.put(((long) p << 32) | ranking[i], i - rankingStart[p]);
			}
		}
		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] list = new int[2 * (choices.length + instance.studentCount())];
		int at = 0;
		for (int s = 0; s < instance.studentCount(); s++) {
			listStart[s] = at;
			for (int k = choiceStart[s]; k < choiceStart[s + 1]; k++) {
				Integer rank = rankOf.get(((long) choices[k] << 32) | s);
				if (rank != null) {
					list[at++] = choices[k];
					list[at++] = rank;
					acceptable[choices[k]]++;
				}
			}
			list[at++] = END;
			list[at++] = END;
		}
		return list;
	}

}
