package org.practica.onestop;

import org.practica.support.Activity;

/**
 * A university's admin named the counselling supervisor, who may read its counsellors'
 * notes: kept in the activity log (who named whom, and when), never with a note.
 */
public record CounsellingSupervisorNamed(Long universityId, Long supervisorId) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-supervisor";
	}

	@Override
	public Long subjectId() {
		return this.universityId;
	}

	@Override
	public String action() {
		return "named";
	}

}
