package org.practica.offer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.practica.direction.Directions;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.listing.Listings;
import org.practica.support.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The service list's rules: those of every listing, a team's, in one or more known
 * directions.
 */
@Service
public class Offers extends Listings<Offer, OfferRequest> {

	private final Directions directions;

	Offers(OfferRepository offers, Organisations organisations, Directions directions, ApplicationEventPublisher events,
			Clock clock) {
		super(Offer.KIND, offers, Offer::inDirection, organisations, events, clock);
		this.directions = directions;
	}

	@Override
	protected Offer draft(Organisation team) {
		return new Offer(team.getId(), team.getPath());
	}

	@Override
	protected void describe(Offer offer, OfferRequest request, Double latitude, Double longitude) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String code : request.directions()) {
			if (!this.directions.exists(code)) {
				throw FieldProblem.invalid("directions", "field.direction.unknown");
			}
			codes.add(code);
		}
		if (codes.size() > Offer.MAX_DIRECTIONS) {
			throw FieldProblem.invalid("directions", "tags.too-many", Offer.MAX_DIRECTIONS);
		}
		List<String> tops = new ArrayList<>(
				new LinkedHashSet<>(codes.stream().map(this.directions::topLevel).toList()));
		offer.describe(request, List.copyOf(codes), tops, latitude, longitude);
	}

	@Override
	protected OfferEvent event(Offer offer, Change change) {
		Long id = offer.getId();
		Long team = offer.getTeamId();
		return switch (change) {
			case CREATED -> new OfferCreated(id, team);
			case UPDATED -> new OfferUpdated(id, team);
			case PUBLISHED -> new OfferPublished(id, team, offer.getPublishedAt());
			case CLOSED -> new OfferClosed(id, team);
			case CANCELLED -> new OfferCancelled(id, team);
		};
	}

}
