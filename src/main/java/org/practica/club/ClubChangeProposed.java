package org.practica.club;

import org.practica.support.Activity;

/**
 * A club asked to change its name, category, purpose or charter.
 */
public record ClubChangeProposed(Long clubId, Long versionId) implements Activity {

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
		return "change-proposed";
	}

}
