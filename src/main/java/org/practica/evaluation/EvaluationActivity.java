package org.practica.evaluation;

import org.practica.support.Activity;

/**
 * An event about an evaluation, kept in the activity log under its id.
 */
public interface EvaluationActivity extends Activity {

	/** The evaluation. */
	Long evaluationId();

	@Override
	default String subjectType() {
		return "evaluation";
	}

	@Override
	default Long subjectId() {
		return evaluationId();
	}

}
