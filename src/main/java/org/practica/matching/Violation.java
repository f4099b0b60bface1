package org.practica.matching;

import java.util.function.IntFunction;

/**
 * What makes a matching unstable or infeasible, naming the student and position involved.
 *
 * @param kind what is wrong
 * @param student the student involved
 * @param position the position involved
 */
public record Violation(Kind kind, int student, int position) {

	/**
	 * The ways a matching can fail.
	 */
	public enum Kind {

		/** The student is assigned to a position that is not on their list. */
		NOT_CHOSEN_BY_STUDENT,

		/** The student is assigned to a position that does not rank them. */
		NOT_RANKED_BY_POSITION,

		/**
		 * The position holds more students than its capacity; the student is one too
		 * many.
		 */
		OVER_CAPACITY,

		/**
		 * The student prefers the position to their assignment, and the position has a
		 * free seat or holds someone it ranks below the student.
		 */
		BLOCKING_PAIR

	}

	/**
	 * Describes the violation with indices as names.
	 * @return a sentence naming the student and position
	 */
	public String describe() {
		return describe(Integer::toString, Integer::toString);
	}

	/**
	 * Describes the violation with the given names for students and positions.
	 * @param studentName the name of a student index
	 * @param positionName the name of a position index
	 * @return a sentence naming the student and position
	 */
	public String describe(IntFunction<String> studentName, IntFunction<String> positionName) {
		String s = "student " + studentName.apply(this.student);
		String p = "position " + positionName.apply(this.position);
		return switch (this.kind) {
			case NOT_CHOSEN_BY_STUDENT -> s + " is assigned to " + p + ", which is not on their list";
			case NOT_RANKED_BY_POSITION -> s + " is assigned to " + p + ", which does not rank them";
			case OVER_CAPACITY -> p + " is over capacity with " + s;
			case BLOCKING_PAIR -> s + " and " + p + " block the matching: both prefer each other";
		};
	}

}
