package org.practica.matching;

import java.util.Arrays;

/**
 * A hospitals/residents instance over int indices: students {@code 0..studentCount-1}
 * list positions best first, positions {@code 0..positionCount-1} have a capacity and
 * rank students best first.
 * <p>
 * Lists are held as compressed rows (CSR): the choices of student {@code s} are
 * {@code choices[choiceStart[s] .. choiceStart[s+1])}, the ranking of position {@code p}
 * is {@code ranking[rankingStart[p] .. rankingStart[p+1])}. A pair is acceptable only
 * when both sides list each other; one-sided entries are allowed and simply never used.
 * The arrays are checked on construction (indices in range, no duplicate in a list,
 * capacities not negative) and are not copied: callers hand them over and must not change
 * them afterwards.
 */
public final class MatchingInstance {

	private final int[] choiceStart;

	private final int[] choices;

	private final int[] capacities;

	private final int[] rankingStart;

	private final int[] ranking;

	private MatchingInstance(int[] choiceStart, int[] choices, int[] capacities, int[] rankingStart, int[] ranking) {
		this.choiceStart = choiceStart;
		this.choices = choices;
		this.capacities = capacities;
		this.rankingStart = rankingStart;
		this.ranking = ranking;
	}

	/**
	 * Builds an instance from compressed rows, taking ownership of the arrays.
	 * @param choiceStart {@code studentCount + 1} offsets into {@code choices}
	 * @param choices position indices, each student's best first
	 * @param capacities seats per position, not negative
	 * @param rankingStart {@code positionCount + 1} offsets into {@code ranking}
	 * @param ranking student indices, each position's best first
	 * @return the checked instance
	 * @throws IllegalArgumentException naming the first offending student or position
	 */
	public static MatchingInstance ofRows(int[] choiceStart, int[] choices, int[] capacities, int[] rankingStart,
			int[] ranking) {
		int students = choiceStart.length - 1;
		int positions = capacities.length;
		if (rankingStart.length != positions + 1) {
			throw new IllegalArgumentException(
					"rankingStart has " + rankingStart.length + " offsets for " + positions + " positions");
		}
		checkRows("student", choiceStart, choices, "position", positions);
		checkRows("position", rankingStart, ranking, "student", students);
		for (int p = 0; p < positions; p++) {
			if (capacities[p] < 0) {
				throw new IllegalArgumentException("position " + p + " has negative capacity " + capacities[p]);
			}
		}
		return new MatchingInstance(choiceStart, choices, capacities, rankingStart, ranking);
	}

	/**
	 * Builds an instance from one array per student and per position (copied).
	 * @param preferences per student, position indices best first
	 * @param capacities seats per position
	 * @param rankings per position, student indices best first
	 * @return the checked instance
	 */
	public static MatchingInstance of(int[][] preferences, int[] capacities, int[][] rankings) {
		if (rankings.length != capacities.length) {
			throw new IllegalArgumentException(rankings.length + " rankings for " + capacities.length + " capacities");
		}
		int[] choiceStart = new int[preferences.length + 1];
		int[] choices = flatten(preferences, choiceStart);
		int[] rankingStart = new int[rankings.length + 1];
		int[] ranking = flatten(rankings, rankingStart);
		return ofRows(choiceStart, choices, capacities.clone(), rankingStart, ranking);
	}

	private static int[] flatten(int[][] rows, int[] start) {
		int total = 0;
		for (int i = 0; i < rows.length; i++) {
			start[i] = total;
			total += rows[i].length;
		}
		start[rows.length] = total;
		int[] flat = new int[total];
		for (int i = 0; i < rows.length; i++) {
			System.arraycopy(rows[i], 0, flat, start[i], rows[i].length);
		}
		return flat;
	}

	private static void checkRows(String owner, int[] start, int[] entries, String target, int targetCount) {
		if (start.length == 0 || start[0] != 0 || start[start.length - 1] != entries.length) {
			throw new IllegalArgumentException(owner + " offsets do not span their entries");
		}
		// seen[t] holds the last row (plus one) that listed target t, so duplicates are
		// found in one pass without clearing between rows
		int[] seen = new int[targetCount];
		for (int row = 0; row < start.length - 1; row++) {
			int from = start[row];
			int to = start[row + 1];
			if (to < from) {
				throw new IllegalArgumentException(owner + " " + row + " has decreasing offsets");
			}
			for (int k = from; k < to; k++) {
				int t = entries[k];
				if (t < 0 || t >= targetCount) {
					throw new IllegalArgumentException(owner + " " + row + " lists unknown " + target + " " + t);
				}
				if (seen[t] == row + 1) {
					throw new IllegalArgumentException(owner + " " + row + " lists " + target + " " + t + " twice");
				}
				seen[t] = row + 1;
			}
		}
	}

	public int studentCount() {
		return this.choiceStart.length - 1;
	}

	public int positionCount() {
		return this.capacities.length;
	}

	public int capacity(int position) {
		return this.capacities[position];
	}

	/**
	 * Returns the total number of seats.
	 * @return the sum of all capacities
	 */
	public long seats() {
		long seats = 0;
		for (int capacity : this.capacities) {
			seats += capacity;
		}
		return seats;
	}

	/**
	 * Returns the total length of all preference lists and rankings, the size that
	 * solving and verifying are linear in.
	 * @return the number of list entries on both sides
	 */
	public long size() {
		return (long) this.choices.length + this.ranking.length;
	}

	public int[] preferences(int student) {
		return Arrays.copyOfRange(this.choices, this.choiceStart[student], this.choiceStart[student + 1]);
	}

	public int[] ranking(int position) {
		return Arrays.copyOfRange(this.ranking, this.rankingStart[position], this.rankingStart[position + 1]);
	}

	int[] choiceStart() {
		return this.choiceStart;
	}

	int[] choices() {
		return this.choices;
	}

	int[] capacities() {
		return this.capacities;
	}

	int[] rankingStart() {
		return this.rankingStart;
	}

	int[] rankingEntries() {
		return this.ranking;
	}

}
