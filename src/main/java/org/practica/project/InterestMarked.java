package org.practica.project;

import org.practica.support.Activity;

/**
 * A community or a team said it wants a need and an offer paired in the fair (a project
 * follows once both sides have).
 */
public record InterestMarked(Long interestId, Long needId, Long offerId, boolean fromCommunity) implements Activity {

	@Override
	public String subjectType() {
		return "interest";
	}

	@Override
	public Long subjectId() {
		return this.interestId;
	}

	@Override
	public String action() {
		return this.fromCommunity ? "interest-from-community" : "interest-from-team";
	}

}
