package org.practica.award;

import org.practica.support.Activity;

/**
 * An organisation nominated someone (or a team or project) to a call, every rule holding.
 *
 * @param nominationId the nomination
 * @param callId its call
 * @param nomineeId the nominee
 * @param nominatingOrganisationId the nominating organisation
 * @param callOrganisationPath the call's organisation's path
 */
public record NominationSubmitted(Long nominationId, Long callId, Long nomineeId, Long nominatingOrganisationId,
		String callOrganisationPath) implements Activity {

	@Override
	public String subjectType() {
		return "award-nomination";
	}

	@Override
	public Long subjectId() {
		return this.nominationId;
	}

	@Override
	public String action() {
		return "submitted";
	}

}
