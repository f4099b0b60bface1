package org.practica.award;

import org.practica.support.Activity;

/** An award event kept in the activity log, about a call. */
interface AwardActivity extends Activity {

	Long callId();

	@Override
	default String subjectType() {
		return "award-call";
	}

	@Override
	default Long subjectId() {
		return callId();
	}

}
