package org.practica.round;

/**
 * A student ranked the shifts of a round (again).
 */
public record ChoicesSubmitted(Long roundId, Long studentId) implements RoundActivity {

	@Override
	public String action() {
		return "choices-of-" + this.studentId;
	}

}
