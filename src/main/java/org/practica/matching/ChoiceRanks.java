package org.practica.matching;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Finds the rank each student has at each position on their list: for every choice entry
 * {@code k} of the instance ({@code choices()[k]}), the rank there of the student whose
 * choice it is, or {@link #UNRANKED} when the position does not rank them (the pair is
 * then not acceptable). The result lies beside the instance's own choices, so a student's
 * acceptable positions are read from the two arrays together and nothing else is copied.
 * <p>
 * Linear, with no hashing: the choice entries are bucketed by position (a counting sort,
 * so each bucket holds its students in index order); each position marks its ranking in a
 * student-indexed array, reads the ranks of its bucket and clears the marks; the ranks
 * then go back to choice order by replaying the bucketing. The passes are mostly cache
 * misses, so on a machine with more than one core large instances are split in two halves
 * (students with about half the entries, positions with about half the bucket) that are
 * found at once; the result is the same either way.
 */
final class ChoiceRanks {

	static final int UNRANKED = -1;

	/** Below this many choice entries a second thread costs more than it saves. */
	private static final int PARALLEL_ENTRIES = 1 << 20;

	private ChoiceRanks() {
	}

	/**
	 * Finds the ranks.
	 * @param instance the instance
	 * @param acceptable filled with how many students each position may hold at most: the
	 * students who list it and whom it ranks
	 * @return per choice entry, the student's rank at its position or {@link #UNRANKED}
	 */
	static int[] of(MatchingInstance instance, int[] acceptable) {
		boolean parallel = instance.choices().length >= PARALLEL_ENTRIES
				&& Runtime.getRuntime().availableProcessors() > 1;
		return of(instance, acceptable, parallel);
	}

	static int[] of(MatchingInstance instance, int[] acceptable, boolean parallel) {
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

		// positions [0, pivot) and [pivot, positions)
		int pivot = parallel ? firstRowFrom(lowStart, entries / 2) : positions;
		inParallel(parallel, () -> rank(rankingStart, ranking, lowStart, 0, pivot, students, bucket, acceptable),
				() -> rank(rankingStart, ranking, lowStart, pivot, positions, students, bucket, acceptable));

		int[] ranks = new int[entries];
		inParallel(parallel, () -> gather(choices, 0, split, lowStart.clone(), bucket, ranks),
				() -> gather(choices, split, entries, highStart.clone(), bucket, ranks));
		return ranks;
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
	 * {@code acceptable}.
	 */
	private static void rank(int[] rankingStart, int[] ranking, int[] bucketStart, int from, int to, int students,
			int[] bucket, int[] acceptable) {
		int[] rankOf = new int[students];
		Arrays.fill(rankOf, UNRANKED);
		for (int p = from; p < to; p++) {
			int first = rankingStart[p];
			int last = rankingStart[p + 1];
			for (int i = first; i < last; i++) {
				rankOf[ranking[i]] = i - first;
			}
			int ranked = 0;
			for (int i = bucketStart[p], end = bucketStart[p + 1]; i < end; i++) {
				int rank = rankOf[bucket[i]];
				bucket[i] = rank;
				ranked += (rank != UNRANKED) ? 1 : 0;
			}
			acceptable[p] = ranked;
			for (int i = first; i < last; i++) {
				rankOf[ranking[i]] = UNRANKED;
			}
		}
	}

	/**
	 * Puts the ranks of the choice entries {@code [from, to)} back in choice order,
	 * replaying the bucketing from the half's own bucket starts.
	 */
	private static void gather(int[] choices, int from, int to, int[] cursor, int[] bucket, int[] ranks) {
		for (int k = from; k < to; k++) {
			ranks[k] = bucket[cursor[choices[k]]++];
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
		Thread thread = new Thread(task, "choice-ranks");
		thread.setDaemon(true);
		thread.start();
		first.run();
		try {
			task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while ranking choices", ex);
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
