package org.practica.attendance;

/**
 * A student checked in to a shift.
 */
public record CheckedIn(Long attendanceId, Long shiftId, Long studentId) implements AttendanceActivity {

	@Override
	public String action() {
		return "checked-in";
	}

}
