package org.practica.evaluation;

import java.time.Instant;

/**
 * A party to a completed project rated a subject of it; the rating waits, blind, for the
 * other side's.
 *
 * @param evaluationId the evaluation
 * @param projectId its project
 * @param about what it rates
 * @param subjectId the team, community or student rated
 * @param raterId who rated
 * @param raterRole as whom
 * @param ratedAt when
 */
public record EvaluationGiven(Long evaluationId, Long projectId, About about, Long subjectId, Long raterId,
		RaterRole raterRole, Instant ratedAt) implements EvaluationActivity {

	static EvaluationGiven of(Evaluation e) {
		return new EvaluationGiven(e.getId(), e.getProjectId(), e.getAbout(), e.getSubjectId(), e.getRaterId(),
				e.getRaterRole(), e.getRatedAt());
	}

	@Override
	public String action() {
		return "given";
	}

}
