package org.practica.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An account invited to judge a selection, with the tree (university or district) of its
 * home organisation; at close, its own mean and spread and whether it was left raw.
 */
@Entity
@Table(name = "selection_judge")
public class SelectionJudge {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_judge_seq")
	@SequenceGenerator(name = "selection_judge_seq", sequenceName = "selection_judge_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long selectionId;

	@Column(nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private Long homeRootId;

	@Column(nullable = false)
	private Instant invitedAt;

	private String invitedBy;

	private Integer scoreCount;

	private Double scoreMean;

	private Double scoreSd;

	private boolean flagged;

	protected SelectionJudge() {
	}

	SelectionJudge(Long selectionId, Long accountId, Long homeRootId, Instant invitedAt, String invitedBy) {
		this.selectionId = selectionId;
		this.accountId = accountId;
		this.homeRootId = homeRootId;
		this.invitedAt = invitedAt;
		this.invitedBy = invitedBy;
	}

	void figures(ScoreNormalisation.JudgeFigures figures) {
		this.scoreCount = figures.count();
		this.scoreMean = Math.round(figures.mean() * 100) / 100.0;
		this.scoreSd = Math.round(figures.sd() * 100) / 100.0;
		this.flagged = figures.flagged();
	}

	public Long getId() {
		return this.id;
	}

	public Long getSelectionId() {
		return this.selectionId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getHomeRootId() {
		return this.homeRootId;
	}

	public Integer getScoreCount() {
		return this.scoreCount;
	}

	public Double getScoreMean() {
		return this.scoreMean;
	}

	public Double getScoreSd() {
		return this.scoreSd;
	}

	public boolean isFlagged() {
		return this.flagged;
	}

}
