package org.practica.round;

import org.practica.support.Activity;

/**
 * A round ran: the students it placed hold confirmed sign-ups.
 */
public record RoundRun(Long roundId, int seats, int assigned, int unassigned) implements Activity {

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
		return "run";
	}

}
