package org.practica.project;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.practica.support.Geo;

/**
 * How well a need and an offer fit, 0–100, from five named factors so a person sees why:
 * <ul>
 * <li>direction (25): the offer covers the need's direction (25), or its top-level
 * direction (15);</li>
 * <li>skills (30): the share of the need's skills the offer brings (a need that asks
 * none: 15);</li>
 * <li>distance (20): full at the team's base, falling to half at its radius and to
 * nothing at twice it;</li>
 * <li>dates (15): the share of the need's days within the offer's availability;</li>
 * <li>capacity (10): the share of the need's headcount the offer can provide;</li>
 * <li>rating (±5): the communities' average rating of the offer's team over the last
 * year, from −5 (all 1s) through 0 (3 of 5) to +5 (all 5s); a team without ratings gets
 * 0, neither helped nor hurt. The total stays within 0–100.</li>
 * </ul>
 */
final class Scoring {

	static final int DIRECTION = 25;

	static final int SKILLS = 30;

	static final int DISTANCE = 20;

	static final int DATES = 15;

	static final int CAPACITY = 10;

	static final int RATING = 5;

	private Scoring() {
	}

	/** The score alone, with no reasons: what ranking many candidates needs. */
	static double score(Listing need, Listing offer) {
		return direction(need, offer) + skills(need, offer) + distance(need, offer) + dates(need, offer)
				+ capacity(need, offer);
	}

	/** The score with the team's rating, with no reasons. */
	static double score(Listing need, Listing offer, TeamRatings.Rating rating) {
		return clamp(score(need, offer) + rating(rating));
	}

	/**
	 * The score with each factor's part and the facts behind it, the team's rating too.
	 */
	static Suggestion explain(Listing need, Listing offer, long counterpartId, TeamRatings.Rating rating) {
		Suggestion without = explain(need, offer, counterpartId);
		List<Suggestion.Reason> reasons = new ArrayList<>(without.reasons());
		double points = rating(rating);
		reasons.add((rating == null) ? new Suggestion.Reason("RATING", 0, "suggestion.rating.none")
				: new Suggestion.Reason("RATING", points, "suggestion.rating.average",
						Math.round(rating.average() * 10) / 10.0, rating.count()));
		double total = reasons.stream().mapToDouble(Suggestion.Reason::score).sum();
		return new Suggestion(counterpartId, (int) Math.round(clamp(total)), List.copyOf(reasons));
	}

	/** The rating's points: 0 for none or an average of 3, ±{@link #RATING} at 5 or 1. */
	static double rating(TeamRatings.Rating rating) {
		return (rating == null) ? 0 : RATING * (rating.average() - 3) / 2;
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(100, score));
	}

	/** The score with each factor's part and the facts behind it. */
	static Suggestion explain(Listing need, Listing offer, long counterpartId) {
		List<Suggestion.Reason> reasons = new ArrayList<>();
		double direction = direction(need, offer);
		String directionCode = need.directions().iterator().next();
		reasons
			.add(new Suggestion.Reason("DIRECTION", direction,
					direction == DIRECTION ? "suggestion.direction.same"
							: direction > 0 ? "suggestion.direction.related" : "suggestion.direction.none",
					directionCode));
		double skills = skills(need, offer);
		List<String> shared = need.skills().stream().filter(offer.skills()::contains).toList();
		reasons.add(new Suggestion.Reason("SKILLS", skills,
				need.skills().isEmpty() ? "suggestion.skills.none-asked"
						: shared.isEmpty() ? "suggestion.skills.none-shared" : "suggestion.skills.shared",
				shared.size(), need.skills().size(), String.join("、", shared)));
		double distance = distance(need, offer);
		if (need.hasPosition() && offer.hasPosition()) {
			double km = Geo.distanceKm(need.latitude(), need.longitude(), offer.latitude(), offer.longitude());
			reasons.add(new Suggestion.Reason("DISTANCE", distance, "suggestion.distance.km",
					Math.round(km * 10) / 10.0, offer.radiusKm()));
		}
		else {
			reasons.add(new Suggestion.Reason("DISTANCE", distance, "suggestion.distance.unknown"));
		}
		double dates = dates(need, offer);
		reasons.add(new Suggestion.Reason("DATES", dates, "suggestion.dates.overlap", overlapDays(need, offer),
				days(need)));
		double capacity = capacity(need, offer);
		reasons.add(new Suggestion.Reason("CAPACITY", capacity, "suggestion.capacity", offer.size(), need.size()));
		double total = direction + skills + distance + dates + capacity;
		return new Suggestion(counterpartId, (int) Math.round(total), List.copyOf(reasons));
	}

	static double direction(Listing need, Listing offer) {
		for (String code : need.directions()) {
			if (offer.directions().contains(code)) {
				return DIRECTION;
			}
		}
		for (String top : need.directionTops()) {
			if (offer.directionTops().contains(top) || offer.directions().contains(top)) {
				return 15;
			}
		}
		return 0;
	}

	static double skills(Listing need, Listing offer) {
		List<String> asked = need.skills();
		if (asked.isEmpty()) {
			return SKILLS / 2.0;
		}
		int shared = 0;
		for (String skill : asked) {
			if (offer.skills().contains(skill)) {
				shared++;
			}
		}
		return SKILLS * (double) shared / asked.size();
	}

	static double distance(Listing need, Listing offer) {
		if (!need.hasPosition() || !offer.hasPosition()) {
			return 0;
		}
		double km = Geo.distanceKm(need.latitude(), need.longitude(), offer.latitude(), offer.longitude());
		double radius = Math.max(0.1, offer.radiusKm());
		if (km <= radius) {
			return DISTANCE * (1 - 0.5 * km / radius);
		}
		return Math.max(0, DISTANCE * 0.5 * (1 - (km - radius) / radius));
	}

	static double dates(Listing need, Listing offer) {
		return DATES * (double) overlapDays(need, offer) / days(need);
	}

	static double capacity(Listing need, Listing offer) {
		return CAPACITY * Math.min(1.0, (double) offer.size() / Math.max(1, need.size()));
	}

	static long days(Listing need) {
		return ChronoUnit.DAYS.between(need.from(), need.to()) + 1;
	}

	static long overlapDays(Listing need, Listing offer) {
		var start = need.from().isAfter(offer.from()) ? need.from() : offer.from();
		var end = need.to().isBefore(offer.to()) ? need.to() : offer.to();
		return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
	}

}
