package org.practica.hours;

import org.practica.support.Activity;

/**
 * An event about an hours entry, kept in the activity log under its id; each event says
 * only what happened ({@link #action()}).
 */
public interface HoursActivity extends Activity {

	/** The subject's id. */
	Long entryId();

	@Override
	default String subjectType() {
		return "hours";
	}

	@Override
	default Long subjectId() {
		return entryId();
	}

}
