package org.practica.club;

import org.practica.support.Activity;

/**
 * A club's probation passed: it is active.
 */
public record ClubActivated(Long clubId, Long universityId) implements Activity {

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
		return "activated";
	}

}
