package org.practica.signup;

/**
 * A place on a shift was given up, by the student or the project's admins;
 * {@code heldSeat} tells whether it was a seat (a confirmed sign-up) rather than a place
 * in the queue.
 */
public record SignupCancelled(Long signupId, Long shiftId, Long projectId, Long studentId,
		boolean heldSeat) implements SignupActivity {

	@Override
	public String action() {
		return "cancelled";
	}

}
