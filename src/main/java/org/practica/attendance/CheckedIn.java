package org.practica.attendance;

import org.practica.support.Activity;

/**
 * A student checked in to a shift.
 */
public record CheckedIn(Long attendanceId, Long shiftId, Long studentId) implements Activity {

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
		return "checked-in";
	}

}
