package org.practica.outcome;

import org.practica.support.Activity;

/**
 * An event about an outcome report, kept in the activity log under its id.
 */
public interface OutcomeActivity extends Activity {

	/** The report. */
	Long reportId();

	@Override
	default String subjectType() {
		return "outcome-report";
	}

	@Override
	default Long subjectId() {
		return reportId();
	}

}
