package org.practica.round;

import org.practica.support.Activity;

/**
 * A round was created, a student's choices changed, or the round ran.
 *
 * @param roundId the round
 * @param action what happened
 */
public record RoundChanged(Long roundId, String action) implements Activity {

	@Override
	public String subjectType() {
		return "matching-round";
	}

	@Override
	public Long subjectId() {
		return this.roundId;
	}

}
