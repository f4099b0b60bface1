package org.practica.attendance;

import org.practica.support.Activity;

/**
 * A student checked in or out.
 *
 * @param attendanceId the attendance
 * @param shiftId the shift
 * @param studentId the student
 * @param action checked-in or checked-out
 */
public record AttendanceRecorded(Long attendanceId, Long shiftId, Long studentId, String action) implements Activity {

	@Override
	public String subjectType() {
		return "attendance";
	}

	@Override
	public Long subjectId() {
		return this.attendanceId;
	}

}
