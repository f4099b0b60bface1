package org.practica.club;

import org.practica.support.Activity;

/**
 * A staff member accepted or declined being a club's instructor.
 */
public record InstructorAnswered(Long clubId, Long accountId, boolean accepted) implements Activity {

	@Override
	public String subjectType() {
		return "club";
	}

	@Override
	public Long subjectId() {
		return this.clubId;
	}

	@Override
	public String action() {
		return "instructor-answered";
	}

}
