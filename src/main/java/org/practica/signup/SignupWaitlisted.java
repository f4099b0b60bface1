package org.practica.signup;

/**
 * A student signed up to a full shift and waits in its queue.
 */
public record SignupWaitlisted(Long signupId, Long shiftId, Long projectId, Long studentId,
		int queueNumber) implements SignupActivity {

	@Override
	public String action() {
		return "signed-up";
	}

}
