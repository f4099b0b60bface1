package org.practica.matching;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Builds what {@link DeferredAcceptance} proposes from: each student's acceptable
 * positions as (position, rank of the student there) pairs, best first, closed by an
 * {@link #END} pair. Positions that do not rank the student are left out.
 * <p>
 * Linear, with no hashing: the list entries are bucketed by position (a counting sort, so
 * each bucket holds its students in index order); each position marks its ranking in a
 * student-indexed array, reads the ranks of its bucket and clears the marks; the ranks
 * then go back to list order by replaying the bucketing. The passes are mostly cache
 * misses, so on a machine with more than one core large instances are split in two halves
 * (students with about half the entries, positions with about half the bucket) that are
 * built at once; the result is the same either way.
 */
final class AcceptableLists {

	static final int END = -1;

	private static final int UNRANKED = -1;

	/** Below this many list entries a second thread costs more than it saves. */
	private static final int PARALLEL_ENTRIES = 1 << 20;

	private AcceptableLists() {
	}

	/**
	 * Builds the lists.
	 * @param instance the instance
	 * @param listStart filled with where each student's list starts
	 * @param acceptable filled with how many students each position may hold at most: the
	 * students who list it and whom it ranks
	 * @return the pairs of all students, one list after another
	 */
	static int[] build(MatchingInstance instance, int[] listStart, int[] acceptable) {
		boolean parallel = instance.choices().length >= PARALLEL_ENTRIES
				&& Runtime.getRuntime().availableProcessors() > 1;
		return build(instance, listStart, acceptable, parallel);
	}

	static int[] build(MatchingInstance instance, int[] listStart, int[] acceptable, boolean parallel) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] rankingStart = instance.rankingStart();
		int[] ranking = instance.rankingEntries();
		int entries = choices.length;

		// students [0, middle) are the low half, [middle, students) the high half
		int middle = parallel ? firstRowFrom(choiceStart, entries / 2) : students;
		int split = choiceStart[middle];
		int[] lowCount = new int[positions];
		int[] highCount = new int[positions];
		inParallel(parallel, () -> count(choices, 0, split, lowCount), () -> count(choices, split, entries, highCount));

		// bucket p: the low half's students from lowStart[p], the high half's from
		// highStart[p]
		int[] lowStart = new int[positions + 1];
		int[] highStart = new int[positions];
		for (int p = 0; p < positions; p++) {
			highStart[p] = lowStart[p] + lowCount[p];
			lowStart[p + 1] = highStart[p] + highCount[p];
		}
		int[] bucket = new int[entries];
		inParallel(parallel, () -> scatter(choiceStart, choices, 0, middle, lowStart.clone(), bucket),
				() -> scatter(choiceStart, choices, middle, students, highStart.clone(), bucket));

		// positions [0, pivot) and [pivot, positions), then ranked entries by student
		// half
		int pivot = parallel ? firstRowFrom(lowStart, entries / 2) : positions;
		long[] rankedBefore = new long[2];
		long[] rankedFrom = new long[2];
		inParallel(parallel,
				() -> rank(rankingStart, ranking, lowStart, highStart, 0, pivot, students, bucket, acceptable,
						rankedBefore),
				() -> rank(rankingStart, ranking, lowStart, highStart, pivot, positions, students, bucket, acceptable,
						rankedFrom));
		long lowPairs = rankedBefore[0] + rankedFrom[0];
		long highPairs = rankedBefore[1] + rankedFrom[1];

		int[] list = new int[Math.toIntExact(2 * (lowPairs + highPairs + students))];
		int highFrom = Math.toIntExact(2 * (lowPairs + middle));
		inParallel(parallel,
				() -> gather(choiceStart, choices, 0, middle, lowStart.clone(), bucket, list, 0, listStart),
				() -> gather(choiceStart, choices, middle, students, highStart.clone(), bucket, list, highFrom,
						listStart));
		return list;
	}

	/** Returns the first row whose start is at or after {@code entry}. */
	private static int firstRowFrom(int[] start, int entry) {
		int i = Arrays.binarySearch(start, entry);
		if (i < 0) {
			return -i - 1;
		}
		while (i > 0 && start[i - 1] == entry) {
			i--;
		}
		return i;
	}

	private static void count(int[] choices, int from, int to, int[] count) {
		for (int k = from; k < to; k++) {
			count[choices[k]]++;
		}
	}

	private static void scatter(int[] choiceStart, int[] choices, int from, int to, int[] cursor, int[] bucket) {
		for (int s = from; s < to; s++) {
			for (int k = choiceStart[s], end = choiceStart[s + 1]; k < end; k++) {
				bucket[cursor[choices[k]]++] = s;
			}
		}
	}

	/**
	 * Replaces each student in the buckets of positions {@code [from, to)} by the
	 * student's rank there, and counts the ranked entries per position into
	 * {@code acceptable} and per student half into {@code ranked} (low, high).
	 */
	private static void rank(int[] rankingStart, int[] ranking, int[] lowStart, int[] highStart, int from, int to,
			int students, int[] bucket, int[] acceptable, long[] ranked) {
		int[] rankOf = new int[students];
		Arrays.fill(rankOf, UNRANKED);
		long low = 0;
		long high = 0;
		for (int p = from; p < to; p++) {
			int first = rankingStart[p];
			int last = rankingStart[p + 1];
			for (int i = first; i < last; i++) {
				rankOf[ranking[i]] = i - first;
			}
			int lowRanked = 0;
			int highRanked = 0;
			for (int i = lowStart[p], end = highStart[p]; i < end; i++) {
				int rank = rankOf[bucket[i]];
				bucket[i] = rank;
				lowRanked += (rank != UNRANKED) ? 1 : 0;
			}
			for (int i = highStart[p], end = lowStart[p + 1]; i < end; i++) {
				int rank = rankOf[bucket[i]];
				bucket[i] = rank;
				highRanked += (rank != UNRANKED) ? 1 : 0;
			}
			acceptable[p] = lowRanked + highRanked;
			low += lowRanked;
			high += highRanked;
			for (int i = first; i < last; i++) {
				rankOf[ranking[i]] = UNRANKED;
			}
		}
		ranked[0] = low;
		ranked[1] = high;
	}

	private static void gather(int[] choiceStart, int[] choices, int from, int to, int[] cursor, int[] bucket,
			int[] list, int at, int[] listStart) {
		for (int s = from; s < to; s++) {
			listStart[s] = at;
			for (int k = choiceStart[s], end = choiceStart[s + 1]; k < end; k++) {
				int p = choices[k];
				int rank = bucket[cursor[p]++];
				if (rank != UNRANKED) {
					list[at] = p;
					list[at + 1] = rank;
					at += 2;
				}
			}
			list[at] = END;
			list[at + 1] = END;
			at += 2;
		}
	}

	/** Runs both, the second on a thread of its own if {@code parallel}. */
	private static void inParallel(boolean parallel, Runnable first, Runnable second) {
		if (!parallel) {
			first.run();
			second.run();
			return;
		}
		FutureTask<Void> task = new FutureTask<>(second, null);
		Thread thread = new Thread(task, "acceptable-lists");
		thread.setDaemon(true);
		thread.start();
		first.run();
		try {
			task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while building lists", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

}
