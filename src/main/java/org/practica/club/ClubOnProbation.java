package org.practica.club;

import org.practica.support.Activity;

/**
 * A new club's public notice ended without an upheld objection: it is on probation.
 */
public record ClubOnProbation(Long clubId, java.time.Instant until) implements Activity {

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
		return "probation";
	}

}
