package org.practica.selection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A judge's score of a case: points per criterion, their weighted total, a comment. */
@Entity
@Table(name = "selection_score")
public class CaseScore {

	public static final int COMMENT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_score_seq")
	@SequenceGenerator(name = "selection_score_seq", sequenceName = "selection_score_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long selectionId;

	@Column(nullable = false)
	private Long caseId;

	@Column(nullable = false)
	private Long judgeAccountId;

	private double total;

	private String comment;

	@Column(nullable = false)
	private Instant scoredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "selection_score_point", joinColumns = @JoinColumn(name = "score_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "points")
	private Map<String, Integer> points = new LinkedHashMap<>();

	@Version
	private Long version;

	protected CaseScore() {
	}

	CaseScore(Long selectionId, Long caseId, Long judgeAccountId) {
		this.selectionId = selectionId;
		this.caseId = caseId;
		this.judgeAccountId = judgeAccountId;
	}

	/** Records the points (already checked against the rubric) and the comment. */
	void give(Map<String, Integer> points, double total, String comment, Instant now) {
		this.points.clear();
		this.points.putAll(points);
		this.total = total;
		this.comment = comment;
		this.scoredAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSelectionId() {
		return this.selectionId;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public Long getJudgeAccountId() {
		return this.judgeAccountId;
	}

	public double getTotal() {
		return this.total;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getScoredAt() {
		return this.scoredAt;
	}

	public Map<String, Integer> getPoints() {
		return Map.copyOf(this.points);
	}

}
