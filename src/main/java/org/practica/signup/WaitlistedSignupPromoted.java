package org.practica.signup;

import java.time.Instant;

import org.practica.support.Activity;

/**
 * A seat came free and the first waitlisted student holds it now: confirmed.
 */
public record WaitlistedSignupPromoted(Long signupId, Long shiftId, Long projectId, Long studentId, String shiftTitle,
		Instant startsAt) implements Activity {

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
		return "promoted";
	}

}
