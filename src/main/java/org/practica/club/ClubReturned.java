package org.practica.club;

import org.practica.support.Activity;

/**
 * A reviewer returned an application or a change for changes, with comments.
 */
public record ClubReturned(Long clubId, ReviewStage stage, String comment) implements Activity {

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
		return "returned";
	}

}
