package org.practica.matching;

/**
 * What an assignment gives the students and what it costs in fairness: how many were
 * placed, how many got their first choice or one of their first three (counted in each
 * student's own list), and the justified-envy pairs, a student and a position on their
 * list above what they got that ranks them above someone it holds.
 *
 * @param students the number of students
 * @param placed students with a position
 * @param firstChoice students placed at their first choice
 * @param topThree students placed at one of their first three choices
 * @param justifiedEnvy student–position pairs where the student lost the position to
 * someone it ranks lower
 * @param unconsentedEnvy those of the pairs whose student did not consent to waive their
 * priority
 */
public record Fairness(int students, int placed, int firstChoice, int topThree, long justifiedEnvy,
		long unconsentedEnvy) {

	private static final int UNRANKED = ChoiceRanks.UNRANKED;

	/**
	 * Measures an assignment.
	 * @param instance the instance
	 * @param matching an assignment of its students to positions on their lists
	 * @param consents per student whether they waived their priority, or null for nobody
	 * @return the figures
	 */
	public static Fairness of(MatchingInstance instance, Matching matching, boolean[] consents) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] ranks = ChoiceRanks.of(instance, new int[positions]);

		int placed = 0;
		int first = 0;
		int topThree = 0;
		// the rank of the lowest-ranked student each position holds, -1 when it holds
		// none
		int[] worst = new int[positions];
		java.util.Arrays.fill(worst, -1);
		for (int s = 0; s < students; s++) {
			int p = matching.positionOf(s);
			if (p == Matching.UNASSIGNED) {
				continue;
			}
			placed++;
			int k = choiceStart[s];
			int end = choiceStart[s + 1];
			while (k < end && choices[k] != p) {
				k++;
			}
			int choice = k - choiceStart[s];
			if (choice == 0) {
				first++;
			}
			if (choice < 3) {
				topThree++;
			}
			if (k < end) {
				worst[p] = Math.max(worst[p], ranks[k]);
			}
		}
		long envy = 0;
		long unconsented = 0;
		for (int s = 0; s < students; s++) {
			int own = matching.positionOf(s);
			long mine = 0;
			for (int k = choiceStart[s], end = choiceStart[s + 1]; k < end && choices[k] != own; k++) {
				int rank = ranks[k];
				if (rank != UNRANKED && rank < worst[choices[k]]) {
					mine++;
				}
			}
			envy += mine;
			if (consents == null || !consents[s]) {
				unconsented += mine;
			}
		}
		return new Fairness(students, placed, first, topThree, envy, unconsented);
	}

	/** The share of students placed at their first choice, 0 to 1. */
	public double firstChoiceShare() {
		return share(this.firstChoice);
	}

	/** The share of students placed at one of their first three choices, 0 to 1. */
	public double topThreeShare() {
		return share(this.topThree);
	}

	private double share(int count) {
		return (this.students == 0) ? 0 : (double) count / this.students;
	}

}
