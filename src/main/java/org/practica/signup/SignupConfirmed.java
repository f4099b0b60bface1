package org.practica.signup;

/**
 * A student signed up and holds a seat on the shift.
 */
public record SignupConfirmed(Long signupId, Long shiftId, Long projectId, Long studentId) implements SignupActivity {

	@Override
	public String action() {
		return "signed-up";
	}

}
