package org.practica.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report was published: public and final from now on. Carries what the dashboards sum
 * (its figures) and where they count (the project's community and team paths).
 *
 * @param reportId the report
 * @param projectId its project
 * @param communityId the project's community
 * @param communityPath the community's path in the locality tree
 * @param teamId the project's team, or null for a project recruiting individuals
 * @param teamPath the team's path in the university tree, or null
 * @param directionTop the top-level direction of the project's need
 * @param title the report's title
 * @param happenedOn the day it happened
 * @param figures its figures, in the order written
 * @param publishedAt when it was published
 */
public record OutcomeReportPublished(Long reportId, Long projectId, Long communityId, String communityPath, Long teamId,
		String teamPath, String directionTop, String title, LocalDate happenedOn, List<Figure> figures,
		Instant publishedAt) implements OutcomeActivity {

	static OutcomeReportPublished of(OutcomeReport report) {
		return new OutcomeReportPublished(report.getId(), report.getProjectId(), report.getCommunityId(),
				report.getCommunityPath(), report.getTeamId(), report.getTeamPath(), report.getDirectionTop(),
				report.getTitle(), report.getHappenedOn(), report.getFigures(), report.getPublishedAt());
	}

	@Override
	public String action() {
		return "published";
	}

}
