package org.practica.club;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

	@Embedded
	private ReviewRecord review;

	private BigDecimal amount;

	protected FundReview() {
	}

	FundReview(Long requestId, ReviewStage stage, ReviewDecision decision, BigDecimal amount, String comment,
			Long reviewerId, Instant decidedAt) {
		this.requestId = requestId;
		this.review = new ReviewRecord(stage, decision, comment, reviewerId, decidedAt);
		this.amount = amount;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public ReviewStage getStage() {
		return this.review.stage();
	}

	public ReviewDecision getDecision() {
		return this.review.decision();
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getComment() {
		return this.review.comment();
	}

	public Long getReviewerId() {
		return this.review.reviewerId();
	}

	public Instant getDecidedAt() {
		return this.review.decidedAt();
	}

}
