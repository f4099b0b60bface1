package org.practica.need;

import java.time.Clock;

import org.practica.direction.Directions;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.listing.Listings;
import org.practica.support.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The demand list's rules: those of every listing, a community's, with one known
 * direction.
 */
@Service
public class Needs extends Listings<Need, NeedRequest> {

	private final Directions directions;

	Needs(NeedRepository needs, Organisations organisations, Directions directions, ApplicationEventPublisher events,
			Clock clock) {
		super(Need.KIND, needs, Need::inDirection, organisations, events, clock);
		this.directions = directions;
	}

	@Override
	protected Need draft(Organisation community) {
		return new Need(community.getId(), community.getPath());
	}

	@Override
	protected void describe(Need need, NeedRequest request, Double latitude, Double longitude) {
		if (!this.directions.exists(request.direction())) {
			throw FieldProblem.invalid("direction", "field.direction.unknown");
		}
		need.describe(request, this.directions.topLevel(request.direction()), latitude, longitude);
	}

	@Override
	protected NeedEvent event(Need need, Change change) {
		Long id = need.getId();
		Long community = need.getCommunityId();
		return switch (change) {
			case CREATED -> new NeedCreated(id, community);
			case UPDATED -> new NeedUpdated(id, community);
			case PUBLISHED -> new NeedPublished(id, community, need.getOrganisationPath(), need.getPublishedAt());
			case CLOSED -> new NeedClosed(id, community);
			case CANCELLED -> new NeedCancelled(id, community);
		};
	}

}
