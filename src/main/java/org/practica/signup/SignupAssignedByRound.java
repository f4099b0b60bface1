package org.practica.signup;

/**
 * A matching round gave a student a seat on the shift.
 */
public record SignupAssignedByRound(Long signupId, Long shiftId, Long projectId,
		Long studentId) implements SignupActivity {

	@Override
	public String action() {
		return "assigned-by-round";
	}

}
