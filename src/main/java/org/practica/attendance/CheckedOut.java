package org.practica.attendance;

import org.practica.support.Activity;

/**
 * A student checked out of a shift; the hours served are a pending entry.
 */
public record CheckedOut(Long attendanceId, Long shiftId, Long studentId, Long hoursEntryId) implements Activity {

	@Override
	public String subjectType() {
		return "attendance";
	}

	@Override
	public Long subjectId() {
		return this.attendanceId;
	}

	@Override
	public String action() {
		return "checked-out";
	}

}
