package org.practica.round;

import org.practica.support.Activity;

/**
 * A matching round was created over shifts of an organisation's projects.
 */
public record RoundCreated(Long roundId, Long organisationId) implements Activity {

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
		return "created";
	}

}
