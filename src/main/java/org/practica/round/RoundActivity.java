package org.practica.round;

import org.practica.support.Activity;

/**
 * An event about a matching round, kept in the activity log under its id; each event says
 * only what happened ({@link #action()}).
 */
public interface RoundActivity extends Activity {

	/** The subject's id. */
	Long roundId();

	@Override
	default String subjectType() {
		return "round";
	}

	@Override
	default Long subjectId() {
		return roundId();
	}

}
