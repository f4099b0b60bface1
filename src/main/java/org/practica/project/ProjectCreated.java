package org.practica.project;

import org.practica.support.Activity;

/**
 * A project came to exist: a need met an offer in the fair, or a community began
 * recruiting students for a need.
 *
 * @param projectId the project
 * @param needId its need
 * @param offerId its offer, null when it recruits individual students
 * @param communityId the community
 * @param teamId the team, or null
 */
public record ProjectCreated(Long projectId, Long needId, Long offerId, Long communityId,
		Long teamId) implements Activity {

	@Override
	public String subjectType() {
		return "project";
	}

	@Override
	public Long subjectId() {
		return this.projectId;
	}

	@Override
	public String action() {
		return "created";
	}

}
