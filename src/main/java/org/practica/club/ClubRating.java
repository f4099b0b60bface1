package org.practica.club;

import java.util.List;

/**
 * A club's star rating of a year: each item's points with what they are for, the total
 * (their sum), the stars (one, and one more for each threshold the total reaches), and
 * the federation's adjustment beside it, if any.
 *
 * @param clubId the club
 * @param year the year
 * @param stars the stars computed from the total
 * @param total the sum of the items' points
 * @param items the items, in order
 * @param adjustment the federation's latest adjustment, or null
 * @param thresholds the totals for two, three, four and five stars
 */
public record ClubRating(Long clubId, int year, int stars, int total, List<Item> items, RatingAdjustment adjustment,
		List<Integer> thresholds) {

	/** The stars that hold: the federation's, when it adjusted the rating. */
	public int standing() {
		return this.adjustment != null ? this.adjustment.getStars() : this.stars;
	}

	/**
	 * One item of the rating.
	 *
	 * @param code what it counts ({@code ACTIVITIES}, {@code MEMBERS}, {@code HOURS},
	 * {@code OUTCOMES}, {@code FUND}, {@code RATINGS})
	 * @param label its name, translated
	 * @param points its points
	 * @param detail how they were reached, translated
	 */
	public record Item(String code, String label, int points, String detail) {
	}

}
