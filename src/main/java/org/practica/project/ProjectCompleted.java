package org.practica.project;

import java.time.Instant;

/**
 * A project was completed by its admins.
 *
 * @param projectId the project
 * @param title its title
 * @param communityId its community
 * @param communityPath the community's path in the locality tree
 * @param teamId its team, or null when it recruited individual students
 * @param teamPath the team's path in the university tree, or null
 * @param completedAt when it was completed
 */
public record ProjectCompleted(Long projectId, String title, Long communityId, String communityPath, Long teamId,
		String teamPath, Instant completedAt) implements ProjectActivity {

	static ProjectCompleted of(Project project) {
		return new ProjectCompleted(project.getId(), project.getTitle(), project.getCommunityId(),
				project.getCommunityPath(), project.getTeamId(), project.getTeamPath(), project.getCompletedAt());
	}

	@Override
	public String action() {
		return "completed";
	}

}
