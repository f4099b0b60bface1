package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Immutable;

/**
 * One decision of the review chain on a version of a club: who, at which stage, what and
 * why. Never changed.
 */
@Entity
@Immutable
public class ClubReview {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_review_seq")
	@SequenceGenerator(name = "club_review_seq", sequenceName = "club_review_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long versionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewStage stage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewDecision decision;

	private String comment;

	@Column(nullable = false)
	private Long reviewerId;

	@Column(nullable = false)
	private Instant decidedAt;

	protected ClubReview() {
	}

	ClubReview(Long clubId, Long versionId, ReviewStage stage, ReviewDecision decision, String comment, Long reviewerId,
			Instant decidedAt) {
		this.clubId = clubId;
		this.versionId = versionId;
		this.stage = stage;
		this.decision = decision;
		this.comment = comment;
		this.reviewerId = reviewerId;
		this.decidedAt = decidedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public ReviewStage getStage() {
		return this.stage;
	}

	public ReviewDecision getDecision() {
		return this.decision;
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
