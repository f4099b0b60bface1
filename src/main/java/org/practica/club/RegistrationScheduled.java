package org.practica.club;

import org.practica.support.Activity;

/**
 * A federation set when it takes applications of one kind.
 */
public record RegistrationScheduled(Long universityId, RegistrationWindow.Kind kind, java.time.Instant opensAt,
		java.time.Instant closesAt) implements Activity {

	@Override
	public String subjectType() {
		return "club-registration";
	}

	@Override
	public Long subjectId() {
		return this.universityId;
	}

	@Override
	public String action() {
		return "scheduled";
	}

}
