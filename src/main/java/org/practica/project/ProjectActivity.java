package org.practica.project;

import org.practica.support.Activity;

/**
 * An event about a project, kept in the activity log under its id; each event says only
 * what happened ({@link #action()}).
 */
public interface ProjectActivity extends Activity {

	/** The subject's id. */
	Long projectId();

	@Override
	default String subjectType() {
		return "project";
	}

	@Override
	default Long subjectId() {
		return projectId();
	}

}
