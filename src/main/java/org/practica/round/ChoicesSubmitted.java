package org.practica.round;

import org.practica.support.Activity;

/**
 * A student ranked the shifts of a round (again).
 */
public record ChoicesSubmitted(Long roundId, Long studentId) implements Activity {

	@Override
	public String subjectType() {
		return "round";
	}

	@Override
	public Long subjectId() {
		return this.roundId;
	}

	@Override
	public String action() {
		return "choices-of-" + this.studentId;
	}

}
