package org.practica.signup;

import org.practica.support.Activity;

/**
 * A matching round gave a student a seat on the shift.
 */
public record SignupAssignedByRound(Long signupId, Long shiftId, Long projectId, Long studentId) implements Activity {

	@Override
	public String subjectType() {
		return "signup";
	}

	@Override
	public Long subjectId() {
		return this.signupId;
	}

	@Override
	public String action() {
		return "assigned-by-round";
	}

}
