package org.practica.signup;

import java.time.Instant;

/**
 * A seat came free and the first waitlisted student holds it now: confirmed.
 */
public record WaitlistedSignupPromoted(Long signupId, Long shiftId, Long projectId, Long studentId, String shiftTitle,
		Instant startsAt) implements SignupActivity {

	@Override
	public String action() {
		return "promoted";
	}

}
