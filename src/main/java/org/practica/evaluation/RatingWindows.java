package org.practica.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.practica.project.Project;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The windows of completed projects: opened from {@code ProjectCompleted}, or from the
 * project itself when a rating comes before that event has been handled, once either way.
 */
@Component
class RatingWindows {

	private final RatingWindowRepository windows;

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final EvaluationSettings settings;

	RatingWindows(RatingWindowRepository windows, JdbcClient jdbc, PlatformTransactionManager transactions,
			EvaluationSettings settings) {
		this.windows = windows;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
	}

	/**
	 * Opens the window unless it is open already; returns whether this call opened it.
	 */
	boolean open(Long projectId, String title, Long communityId, String communityPath, Long teamId, String teamPath,
			Instant completedAt) {
		return this.jdbc.sql("""
				insert into evaluation_window (project_id, title, community_id, community_path, team_id, team_path,
				  completed_at, closes_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(projectId, title, communityId, communityPath, teamId, teamPath, Timestamp.from(completedAt),
					Timestamp.from(completedAt.plus(this.settings.window())))
			.update() == 1;
	}

	/**
	 * The completed project's window, locked until the transaction ends; opened first
	 * (and committed on its own) when it is not there yet.
	 */
	RatingWindow locked(Project project) {
		if (!this.windows.existsById(project.getId())) {
			try {
				this.separately.executeWithoutResult(status -> open(project.getId(), project.getTitle(),
						project.getCommunityId(), project.getCommunityPath(), project.getTeamId(),
						project.getTeamPath(), completedAt(project)));
			}
			catch (DataIntegrityViolationException ex) {
				// another request opened it at the same moment
			}
		}
		return this.windows.lock(project.getId()).orElseThrow();
	}

	/**
	 * The window of a completed project as it stands, or as it will be once opened (not
	 * saved).
	 */
	RatingWindow of(Project project) {
		Optional<RatingWindow> window = this.windows.findById(project.getId());
		return window.orElseGet(() -> new RatingWindow(project.getId(), project.getTitle(), project.getCommunityId(),
				project.getCommunityPath(), project.getTeamId(), project.getTeamPath(), completedAt(project),
				this.settings.window()));
	}

	/** Projects completed before completion was kept take their last change. */
	static Instant completedAt(Project project) {
		return (project.getCompletedAt() != null) ? project.getCompletedAt() : project.getUpdatedAt();
	}

}
