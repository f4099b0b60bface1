package org.practica.club;

import org.practica.support.Activity;

/**
 * A returned application was changed and submitted again.
 */
public record ClubResubmitted(Long clubId, Long universityId) implements Activity {

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
		return "resubmitted";
	}

}
