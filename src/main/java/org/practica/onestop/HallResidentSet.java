package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record HallResidentSet(Long hallId, Long studentId) implements Activity {

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
		return "resident-set";
	}

}
