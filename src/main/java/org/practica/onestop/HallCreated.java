package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record HallCreated(Long hallId, Long universityId) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-hall";
	}

	@Override
	public Long subjectId() {
		return this.hallId;
	}

	@Override
	public String action() {
		return "created";
	}

}
