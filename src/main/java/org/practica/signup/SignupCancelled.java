package org.practica.signup;

import org.practica.support.Activity;

/**
 * A place on a shift was given up, by the student or the project's admins;
 * {@code heldSeat} tells whether it was a seat (a confirmed sign-up) rather than a place
 * in the queue.
 */
public record SignupCancelled(Long signupId, Long shiftId, Long projectId, Long studentId,
		boolean heldSeat) implements Activity {

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
		return "cancelled";
	}

}
