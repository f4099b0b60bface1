package org.practica.project;

import java.util.List;

import org.practica.directory.CurrentUser;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.Offers;
import org.practica.support.Problem;

import org.springframework.stereotype.Service;

/**
 * Suggestions both ways: the published offers that best fit a need, and the published
 * needs that best fit an offer, each with the reasons for its score. Shown to the people
 * who manage the need or the offer.
 */
@Service
public class Suggestions {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	private final SuggestionIndex index;

	private final Needs needs;

	private final Offers offers;

	Suggestions(SuggestionIndex index, Needs needs, Offers offers) {
		this.index = index;
		this.needs = needs;
		this.offers = offers;
	}

	/** The best published offers for a need the person manages, best first. */
	public List<Suggestion> forNeed(CurrentUser by, Long needId, int limit) {
		Need need = this.needs.getManaged(by, needId);
		if (!need.isPublished()) {
			throw Problem.conflict("suggestion.need.not-published");
		}
		Listing listing = Listing.of(need);
		return this.index.offersFor(listing, clamp(limit))
			.stream()
			.map(s -> Scoring.explain(listing, s.listing(), s.listing().id(), this.index.rating(s.listing())))
			.toList();
	}

	/** The best published needs for an offer the person manages, best first. */
	public List<Suggestion> forOffer(CurrentUser by, Long offerId, int limit) {
		Offer offer = this.offers.getManaged(by, offerId);
		if (!offer.isPublished()) {
			throw Problem.conflict("suggestion.offer.not-published");
		}
		Listing listing = Listing.of(offer);
		TeamRatings.Rating rating = this.index.rating(listing);
		return this.index.needsFor(listing, clamp(limit))
			.stream()
			.map(s -> Scoring.explain(s.listing(), listing, s.listing().id(), rating))
			.toList();
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(MAX_LIMIT, limit));
	}

}
