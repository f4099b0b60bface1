package org.practica.signup;

import org.practica.support.Activity;

/**
 * A shift was added or changed.
 *
 * @param shiftId the shift
 * @param projectId its project
 * @param action what happened
 */
public record ShiftChanged(Long shiftId, Long projectId, String action) implements Activity {

	@Override
	public String subjectType() {
		return "shift";
	}

	@Override
	public Long subjectId() {
		return this.shiftId;
	}

}
