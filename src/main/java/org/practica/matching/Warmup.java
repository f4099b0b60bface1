package org.practica.matching;

import java.util.SplittableRandom;

/**
 * Compiles the solver's hot loops while a command is still reading its input: a
 * background thread solves small made-up instances over and over until told to stop, so
 * that the just-in-time compiler has optimised {@link ChoiceRanks} and
 * {@link DeferredAcceptance} by the time the real instance is solved. The made-up
 * instances share nothing with the real one; the result is never used.
 */
final class Warmup implements Runnable {

	/**
	 * Enough solves of {@link #STUDENTS} students for every loop to be compiled fully
	 * (on-stack replacement takes tens of thousands of iterations per loop), at about a
	 * tenth of the CPU time of solving a million students.
	 */
	private static final int MAX_SOLVES = 12;

	private static final int STUDENTS = 20_000;

	private volatile boolean stopped;

	private final Thread thread;

	private Warmup() {
		this.thread = new Thread(this, "matching-warmup");
		this.thread.setDaemon(true);
		this.thread.setPriority(Thread.MIN_PRIORITY);
	}

	/**
	 * Starts warming up on a thread of its own.
	 * @return the running warm-up, to {@link #stop()} before solving
	 */
	static Warmup start() {
		Warmup warmup = new Warmup();
		warmup.thread.start();
		return warmup;
	}

	/** Stops the warm-up and waits for its thread, so it takes no time from the solve. */
	void stop() {
		this.stopped = true;
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void run() {
		SplittableRandom random = new SplittableRandom(1962);
		MatchingInstance instance = instance(STUDENTS, random);
		for (int i = 0; i < MAX_SOLVES && !this.stopped; i++) {
			DeferredAcceptance.solve(instance);
		}
	}

	/**
	 * One position per ten students, capacities 5 to 15, ten choices per student drawn
	 * with a skew, each position ranking its applicants by a random score.
	 */
	static MatchingInstance instance(int students, SplittableRandom random) {
		int positions = Math.max(1, students / 10);
		int choicesEach = Math.min(10, positions);
		int[] choiceStart = new int[students + 1];
		int[] choices = new int[students * choicesEach];
		int[] applicants = new int[positions];
		int k = 0;
		for (int s = 0; s < students; s++) {
			choiceStart[s] = k;
			int from = k;
			while (k - from < choicesEach) {
				double u = random.nextDouble();
				int p = (int) (positions * u * u);
				boolean seen = false;
				for (int i = from; i < k; i++) {
					seen |= choices[i] == p;
				}
				if (!seen) {
					choices[k++] = p;
					applicants[p]++;
				}
			}
		}
		choiceStart[students] = k;
		int[] rankingStart = new int[positions + 1];
		for (int p = 0; p < positions; p++) {
			rankingStart[p + 1] = rankingStart[p] + applicants[p];
		}
		// students in a random order, each appended to the rankings of the positions they
		// chose: every position ranks its applicants in that order
		int[] order = new int[students];
		for (int s = 0; s < students; s++) {
			int j = random.nextInt(s + 1);
			order[s] = order[j];
			order[j] = s;
		}
		int[] ranking = new int[k];
		int[] cursor = new int[positions];
		System.arraycopy(rankingStart, 0, cursor, 0, positions);
		for (int s : order) {
			for (int i = choiceStart[s]; i < choiceStart[s + 1]; i++) {
				ranking[cursor[choices[i]]++] = s;
			}
		}
		int[] capacities = new int[positions];
		for (int p = 0; p < positions; p++) {
			capacities[p] = 5 + random.nextInt(11);
		}
		return MatchingInstance.ofRows(choiceStart, choices, capacities, rankingStart, ranking);
	}

}
