package org.practica.evaluation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.practica.support.Problem;

/**
 * A completed project as its evaluations see it: its parties, and the window in which
 * they rate each other. The window opens at completion and closes a set time after (seven
 * days by default): then whatever ratings are in are published, and no more are taken, so
 * that nobody rates after seeing the other side's rating.
 */
@Entity
@Table(name = "evaluation_window")
public class RatingWindow {

	@Id
	private Long projectId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Long communityId;

	@Column(nullable = false)
	private String communityPath;

	private Long teamId;

	private String teamPath;

	@Column(nullable = false)
	private Instant completedAt;

	@Column(nullable = false)
	private Instant closesAt;

	/** When the publication job published what was in, once closed. */
	private Instant closedAt;

	/** When the parties were asked to rate, at completion. */
	private Instant notifiedAt;

	/** When those who had not rated were reminded. */
	private Instant remindedAt;

	protected RatingWindow() {
	}

	RatingWindow(Long projectId, String title, Long communityId, String communityPath, Long teamId, String teamPath,
			Instant completedAt, Duration open) {
		this.projectId = projectId;
		this.title = title;
		this.communityId = communityId;
		this.communityPath = communityPath;
		this.teamId = teamId;
		this.teamPath = teamPath;
		this.completedAt = completedAt;
		this.closesAt = completedAt.plus(open);
	}

	/** Whether ratings are still taken: before the window closes. */
	public boolean isOpen(Instant now) {
		return now.isBefore(this.closesAt);
	}

	/** Refuses a rating once the window has closed (409). */
	void requireOpen(Instant now) {
		if (!isOpen(now)) {
			throw Problem.conflict("evaluation.closed");
		}
	}

	/**
	 * Whether every rating of the project is public by now: the window has closed,
	 * whether or not the publication job has run yet.
	 */
	public boolean isPublic(Instant now) {
		return !isOpen(now);
	}

	public boolean hasTeam() {
		return this.teamId != null;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getCommunityId() {
		return this.communityId;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public String getTeamPath() {
		return this.teamPath;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getNotifiedAt() {
		return this.notifiedAt;
	}

	public Instant getRemindedAt() {
		return this.remindedAt;
	}

}
