package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation suspended a club, with a reason.
 */
public record ClubSuspended(Long clubId, String reason) implements Activity {

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
		return "suspended";
	}

}
