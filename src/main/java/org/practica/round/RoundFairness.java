package org.practica.round;

/**
 * What a round's run bought, for its admins: the engine's assignment (adjusted for
 * efficiency where students consented) beside plain deferred acceptance and first come,
 * first served on the same choices in the recorded arrival order.
 *
 * @param applicants students who ranked at least one shift
 * @param consenting those who consented to waive their priority
 * @param round the run's assignment
 * @param plain plain deferred acceptance (it never leaves justified envy)
 * @param firstCome the first-come simulation
 */
public record RoundFairness(int applicants, int consenting, Figures round, Figures plain, Figures firstCome) {

	/**
	 * The figures of one assignment.
	 *
	 * @param placed students with a shift
	 * @param firstChoice students at their first choice
	 * @param topThree students at one of their first three choices
	 * @param justifiedEnvy student–shift pairs where the student lost the shift to
	 * someone its criteria rank lower
	 */
	public record Figures(int placed, int firstChoice, int topThree, long justifiedEnvy) {

	}

	/** A count as a percentage of the applicants, one decimal. */
	public String percent(int count) {
		return (this.applicants == 0) ? "0"
				: String.format(java.util.Locale.ROOT, "%.1f", 100.0 * count / this.applicants);
	}

}
