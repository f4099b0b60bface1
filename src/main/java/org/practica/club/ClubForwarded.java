package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation approved an application or a change: a university admin decides next.
 */
public record ClubForwarded(Long clubId, Long universityId) implements Activity {

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
		return "forwarded";
	}

}
