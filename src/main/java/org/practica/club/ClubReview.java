package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

	@Embedded
	private ReviewRecord review;

	protected ClubReview() {
	}

	ClubReview(Long clubId, Long versionId, ReviewStage stage, ReviewDecision decision, String comment, Long reviewerId,
			Instant decidedAt) {
		this.clubId = clubId;
		this.versionId = versionId;
		this.review = new ReviewRecord(stage, decision, comment, reviewerId, decidedAt);
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
		return this.review.stage();
	}

	public ReviewDecision getDecision() {
		return this.review.decision();
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
