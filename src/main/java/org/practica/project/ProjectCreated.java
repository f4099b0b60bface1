package org.practica.project;

import java.time.Instant;

/**
 * A project came to exist: a need met an offer in the fair, or a community began
 * recruiting students for a need.
 *
 * @param projectId the project
 * @param needId its need
 * @param offerId its offer, null when it recruits individual students
 * @param communityId the community
 * @param teamId the team, or null
 * @param communityPath the community's path in the locality tree
 * @param teamPath the team's path in the university tree, or null
 * @param direction the direction of its need: a finer one, or a top-level one when the
 * need has no finer one
 * @param directionTop the top-level direction of its need
 * @param createdAt when it was created
 * @param ownerKind what owns it (a club), or null for a need's project; an owned project
 * has no need, and its community is the organisation it takes place at
 * @param ownerId its owner, or null
 */
public record ProjectCreated(Long projectId, Long needId, Long offerId, Long communityId, Long teamId,
		String communityPath, String teamPath, String direction, String directionTop, Instant createdAt,
		String ownerKind, Long ownerId) implements ProjectActivity {

	/** A need's project, with no owner. */
	public ProjectCreated(Long projectId, Long needId, Long offerId, Long communityId, Long teamId,
			String communityPath, String teamPath, String direction, String directionTop, Instant createdAt) {
		this(projectId, needId, offerId, communityId, teamId, communityPath, teamPath, direction, directionTop,
				createdAt, null, null);
	}

	static ProjectCreated of(Project project) {
		return new ProjectCreated(project.getId(), project.getNeedId(), project.getOfferId(), project.getCommunityId(),
				project.getTeamId(), project.getCommunityPath(), project.getTeamPath(), project.getDirection(),
				project.getDirectionTop(), project.getCreatedAt(), project.getOwnerKind(), project.getOwnerId());
	}

	@Override
	public String action() {
		return "created";
	}

}
