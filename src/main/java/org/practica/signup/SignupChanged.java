package org.practica.signup;

import org.practica.support.Activity;

/**
 * A student signed up, was promoted from the waitlist, or cancelled.
 *
 * @param signupId the sign-up
 * @param shiftId its shift
 * @param studentId the student
 * @param status its status now
 * @param action what happened
 */
public record SignupChanged(Long signupId, Long shiftId, Long studentId, SignupStatus status,
		String action) implements Activity {

	@Override
	public String subjectType() {
		return "signup";
	}

	@Override
	public Long subjectId() {
		return this.signupId;
	}

}
