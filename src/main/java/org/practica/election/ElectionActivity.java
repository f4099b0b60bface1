package org.practica.election;

import org.practica.support.Activity;

/** An election event kept in the activity log, about the election. */
interface ElectionActivity extends Activity {

	Long electionId();

	@Override
	default String subjectType() {
		return "election";
	}

	@Override
	default Long subjectId() {
		return electionId();
	}

}
