package org.practica.club;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One stage's decision on a fund request: who, what, the amount and why. Never changed.
 */
@Entity
@Immutable
@Table(name = "fund_request_review")
public class FundReview {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_request_review_seq")
	@SequenceGenerator(name = "fund_request_review_seq", sequenceName = "fund_request_review_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewStage stage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewDecision decision;

	private BigDecimal amount;

	private String comment;

	@Column(nullable = false)
	private Long reviewerId;

	@Column(nullable = false)
	private Instant decidedAt;

	protected FundReview() {
	}

	FundReview(Long requestId, ReviewStage stage, ReviewDecision decision, BigDecimal amount, String comment,
			Long reviewerId, Instant decidedAt) {
		this.requestId = requestId;
		this.stage = stage;
		this.decision = decision;
		this.amount = amount;
		this.comment = comment;
		this.reviewerId = reviewerId;
		this.decidedAt = decidedAt;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public ReviewStage getStage() {
		return this.stage;
	}

	public ReviewDecision getDecision() {
		return this.decision;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getComment() {
		return this.comment;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
