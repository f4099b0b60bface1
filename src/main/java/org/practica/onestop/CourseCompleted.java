package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record CourseCompleted(Long courseId, Long studentId, int courseVersion, int score) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-course";
	}

	@Override
	public Long subjectId() {
		return this.courseId;
	}

	@Override
	public String action() {
		return "completed";
	}

}
