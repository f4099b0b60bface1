package org.practica.evaluation;

import java.time.Instant;

/**
 * An evaluation became public: both sides of its pair had rated, or its project's window
 * closed. From now on it counts in its subject's averages.
 *
 * @param evaluationId the evaluation
 * @param projectId its project
 * @param about what it rates
 * @param subjectId the team, community or student rated
 * @param average the mean of its scores
 * @param publishedAt when it became public
 */
public record EvaluationPublished(Long evaluationId, Long projectId, About about, Long subjectId, double average,
		Instant publishedAt) implements EvaluationActivity {

	static EvaluationPublished of(Evaluation e) {
		return new EvaluationPublished(e.getId(), e.getProjectId(), e.getAbout(), e.getSubjectId(), e.average(),
				e.getPublishedAt());
	}

	@Override
	public String action() {
		return "published";
	}

}
