package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation approved or returned a club's annual review.
 */
public record AnnualReviewDecided(Long clubId, Long reviewId, int year, AnnualReview.Status status,
		String comment) implements Activity {

	@Override
	public String subjectType() {
		return "club";
	}

	@Override
	public Long subjectId() {
		return this.clubId;
	}

	@Override
	public String action() {
		return "annual-review-decided";
	}

}
