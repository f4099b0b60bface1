package org.practica.attendance;

import org.practica.support.Activity;

/**
 * An event about a check-in, kept in the activity log under its id; each event says only
 * what happened ({@link #action()}).
 */
public interface AttendanceActivity extends Activity {

	/** The subject's id. */
	Long attendanceId();

	@Override
	default String subjectType() {
		return "attendance";
	}

	@Override
	default Long subjectId() {
		return attendanceId();
	}

}
