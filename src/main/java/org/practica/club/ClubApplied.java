package org.practica.club;

import org.practica.support.Activity;

/**
 * A student applied to found a club.
 */
public record ClubApplied(Long clubId, Long universityId, Long applicantId, String name) implements Activity {

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
		return "applied";
	}

}
