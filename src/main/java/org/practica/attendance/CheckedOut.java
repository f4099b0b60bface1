package org.practica.attendance;

/**
 * A student checked out of a shift; the hours served are a pending entry.
 */
public record CheckedOut(Long attendanceId, Long shiftId, Long studentId,
		Long hoursEntryId) implements AttendanceActivity {

	@Override
	public String action() {
		return "checked-out";
	}

}
