package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation lifted a club's suspension: it is active again.
 */
public record ClubSuspensionLifted(Long clubId) implements Activity {

	@Override
	public String subjectType() {
		return "club";
	}

	@Override
	public Long subjectId() {
		return this.clubId;
	}

	@Override
	public String action() {
		return "suspension-lifted";
	}

}
