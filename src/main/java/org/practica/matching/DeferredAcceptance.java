package org.practica.matching;

import java.util.Arrays;

/**
 * Student-proposing deferred acceptance with capacities (Gale and Shapley 1962; the
 * hospitals/residents problem).
 * <p>
 * Students propose down their lists; a position holds its best {@code capacity} proposers
 * so far and rejects the rest. A position considers only students it ranks, and a student
 * proposes only to positions that rank them. The result is the student-optimal stable
 * matching, which is unique, so the outcome does not depend on the order of proposals.
 * <p>
 * Time and memory are linear in the total length of the lists, and the hot loop touches
 * only int and long arrays: a few linear passes first find each student's rank at each
 * position on their list ({@link ChoiceRanks}, one int per choice beside the instance's
 * own), so no proposal looks anything up, and each position keeps the students it holds
 * in a bounded max-heap by rank over one shared array, so a proposal costs
 * {@code O(log capacity)} at worst.
 */
public final class DeferredAcceptance {

	private static final int UNRANKED = ChoiceRanks.UNRANKED;

	private DeferredAcceptance() {
	}

	/**
	 * Finds the student-optimal stable matching.
	 * @param instance the instance to solve
	 * @return the matching, with the number of proposals made
	 */
	public static Matching solve(MatchingInstance instance) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		int[] capacities = instance.capacities();

		int[] acceptable = new int[positions];
		int[] ranks = ChoiceRanks.of(instance, acceptable);

		// A position never holds more than the students who may propose to it, so seats
		// beyond that need no room: the heaps together stay within the number of choices.
		int[] heapStart = new int[positions + 1];
		for (int p = 0; p < positions; p++) {
			heapStart[p + 1] = heapStart[p] + Math.min(capacities[p], acceptable[p]);
		}
		int[] heapSize = new int[positions];
		// (rank << 32 | student): ordered by rank, as ranks at one position are distinct
		long[] heap = new long[heapStart[positions]];
		// the choice entry a held student goes on from if displaced
		int[] resume = new int[students];
		long proposals = propose(instance.choiceStart(), instance.choices(), ranks, heapStart, heapSize, heap, resume);

		int[] positionOf = new int[students];
		Arrays.fill(positionOf, Matching.UNASSIGNED);
		for (int p = 0; p < positions; p++) {
			for (int i = heapStart[p], end = i + heapSize[p]; i < end; i++) {
				positionOf[(int) heap[i]] = p;
			}
		}
		return new Matching(positionOf, proposals);
	}

	/**
	 * Runs the proposals of every student from the top of their list, each position
	 * keeping its best proposers in its heap.
	 * @param choiceStart where each student's choices start, see {@link MatchingInstance}
	 * @param choices the positions the students list
	 * @param ranks each choice's rank of its student, see {@link ChoiceRanks}
	 * @param heapStart where each position's heap starts; its seats end at the next start
	 * @param heapSize filled with how many students each position holds
	 * @param heap filled with the held (rank, student) entries
	 * @param resume for each held student, the choice entry just after the one that holds
	 * them
	 * @return the number of proposals made
	 */
	static long propose(int[] choiceStart, int[] choices, int[] ranks, int[] heapStart, int[] heapSize, long[] heap,
			int[] resume) {
		int students = choiceStart.length - 1;
		long proposals = 0;

		for (int first = 0; first < students; first++) {
			// A student who is displaced proposes on at once, so there is no queue.
			int student = first;
			int k = choiceStart[first];
			int end = choiceStart[first + 1];
			for (; k < end; k++) {
				int rank = ranks[k];
				if (rank == UNRANKED) {
					continue;
				}
				proposals++;
				int p = choices[k];
				long proposal = ((long) rank << 32) | student;
				int base = heapStart[p];
				int seats = heapStart[p + 1] - base;
				int held = heapSize[p];
				if (held < seats) {
					siftUp(heap, base, held, proposal);
					heapSize[p] = held + 1;
					resume[student] = k + 1;
					break;
				}
				if (seats > 0 && heap[base] > proposal) {
					int displaced = (int) heap[base];
					siftDown(heap, base, seats, proposal);
					resume[student] = k + 1;
					student = displaced;
					// the loop's step moves on to resume[displaced]
					k = resume[displaced] - 1;
					end = choiceStart[displaced + 1];
				}
			}
		}

		return proposals;
	}

	/** Puts the entry in a max-heap of {@code size} entries at {@code base}. */
	static void siftUp(long[] heap, int base, int size, long entry) {
		int i = size;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			long above = heap[base + parent];
			if (above > entry) {
				break;
			}
			heap[base + i] = above;
			i = parent;
		}
		heap[base + i] = entry;
	}

	/**
	 * Puts the entry at the top of a max-heap of {@code size} entries at {@code base},
	 * sifting it down.
	 */
	static void siftDown(long[] heap, int base, int size, long entry) {
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) {
				break;
			}
			long below = heap[base + child];
			if (child + 1 < size) {
				long right = heap[base + child + 1];
				if (right > below) {
					child++;
					below = right;
				}
			}
			if (below < entry) {
				break;
			}
			heap[base + i] = below;
			i = child;
		}
		heap[base + i] = entry;
	}

}
