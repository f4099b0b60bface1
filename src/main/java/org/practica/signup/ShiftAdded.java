package org.practica.signup;

import java.time.Instant;

import org.practica.support.Activity;

/**
 * A shift was added to a project.
 */
public record ShiftAdded(Long shiftId, Long projectId, Instant startsAt, Instant endsAt,
		int capacity) implements Activity {

	@Override
	public String subjectType() {
		return "shift";
	}

	@Override
	public Long subjectId() {
		return this.shiftId;
	}

	@Override
	public String action() {
		return "created";
	}

}
