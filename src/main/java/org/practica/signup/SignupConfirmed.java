package org.practica.signup;

import org.practica.support.Activity;

/**
 * A student signed up and holds a seat on the shift.
 */
public record SignupConfirmed(Long signupId, Long shiftId, Long projectId, Long studentId) implements Activity {

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
		return "signed-up";
	}

}
