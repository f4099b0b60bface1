package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record CourseOffered(Long courseId, Long organisationId) implements Activity {

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
		return "offered";
	}

}
