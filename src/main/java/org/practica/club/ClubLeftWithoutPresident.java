package org.practica.club;

import org.practica.support.Activity;

/**
 * A club has no president any more: the federation is told.
 */
public record ClubLeftWithoutPresident(Long clubId, Long universityId) implements Activity {

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
		return "without-president";
	}

}
