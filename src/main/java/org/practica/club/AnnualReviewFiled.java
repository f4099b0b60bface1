package org.practica.club;

import org.practica.support.Activity;

/**
 * A club filed its annual review (年审) of a year.
 */
public record AnnualReviewFiled(Long clubId, Long reviewId, int year) implements Activity {

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
		return "annual-review-filed";
	}

}
