package org.practica.signup;

import org.practica.support.Activity;

/**
 * A student signed up to a full shift and waits in its queue.
 */
public record SignupWaitlisted(Long signupId, Long shiftId, Long projectId, Long studentId,
		int queueNumber) implements Activity {

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
