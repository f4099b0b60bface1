package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log: a course's content or quiz changed, in a new version. */
public record CourseRevised(Long courseId, Long organisationId, int courseVersion) implements Activity {

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
		return "revised";
	}

}
