package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation set a club's star grade for a year in place of the computed one, with a
 * reason.
 */
public record ClubRatingAdjusted(Long clubId, int year, int stars, String reason) implements Activity {

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
		return "rating-adjusted";
	}

}
