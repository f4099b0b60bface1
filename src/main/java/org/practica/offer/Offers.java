package org.practica.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service list's rules: who may write a team's offers, and their life from draft to
 * closed.
 */
@Service
@Transactional(readOnly = true)
public class Offers {

	private final OfferRepository offers;

	private final Organisations organisations;

	private final Directions directions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Offers(OfferRepository offers, Organisations organisations, Directions directions, ApplicationEventPublisher events,
			Clock clock) {
		this.offers = offers;
		this.organisations = organisations;
		this.directions = directions;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft offer of a team the person leads or manages. */
	@Transactional
	public Offer create(CurrentUser by, OfferRequest request) {
		Organisation team = this.organisations.getManaged(by, Ids.parse(request.teamId()));
		if (team.getKind() != OrganisationKind.TEAM) {
			throw FieldProblem.invalid("teamId", "offer.team.wrong-kind");
		}
		Offer offer = new Offer(team.getId(), team.getPath());
		describe(offer, request, team);
		this.offers.save(offer);
		changed(offer, "created");
		return offer;
	}

	@Transactional
	public Offer update(CurrentUser by, Long id, OfferRequest request) {
		Offer offer = getManaged(by, id);
		if (request.teamId() != null && !offer.getTeamId().equals(Ids.parse(request.teamId()))) {
			throw FieldProblem.invalid("teamId", "offer.team.fixed");
		}
		describe(offer, request, this.organisations.get(offer.getTeamId()));
		changed(offer, "edited");
		return offer;
	}

	private void describe(Offer offer, OfferRequest request, Organisation team) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String code : request.directions()) {
			if (!this.directions.exists(code)) {
				throw FieldProblem.invalid("directions", "field.direction.unknown");
			}
			codes.add(code);
		}
		List<String> tops = new ArrayList<>(
				new LinkedHashSet<>(codes.stream().map(this.directions::topLevel).toList()));
		Double latitude = request.latitude();
		Double longitude = request.longitude();
		if ((latitude == null) != (longitude == null)) {
			throw FieldProblem.invalid("longitude", "field.position.both");
		}
		if (latitude == null) {
			latitude = team.getLatitude();
			longitude = team.getLongitude();
		}
		offer.describe(request, List.copyOf(codes), tops, latitude, longitude);
	}

	@Transactional
	public Offer publish(CurrentUser by, Long id) {
		Offer offer = getManaged(by, id);
		offer.publish(this.clock.instant());
		changed(offer, "published");
		return offer;
	}

	@Transactional
	public Offer close(CurrentUser by, Long id) {
		Offer offer = getManaged(by, id);
		offer.close();
		changed(offer, "closed");
		return offer;
	}

	@Transactional
	public Offer cancel(CurrentUser by, Long id) {
		Offer offer = getManaged(by, id);
		offer.cancel();
		changed(offer, "cancelled");
		return offer;
	}

	private void changed(Offer offer, String action) {
		this.events.publishEvent(new OfferChanged(offer.getId(), offer.getTeamId(), offer.getStatus(), action));
	}

	/**
	 * The offer, if the person (or anyone, when null) may see it: public ones, or any of
	 * a team they manage.
	 */
	public Offer get(CurrentUser by, Long id) {
		Offer offer = this.offers.findById(id).orElseThrow(Problem::notFound);
		if (!offer.getStatus().isPublic() && !manages(by, offer)) {
			throw Problem.notFound();
		}
		return offer;
	}

	/**
	 * The offer, for a change: 404 when not visible, 403 when visible but not theirs to
	 * change.
	 */
	public Offer getManaged(CurrentUser by, Long id) {
		Offer offer = get(by, id);
		if (!manages(by, offer)) {
			throw Problem.forbidden();
		}
		return offer;
	}

	public boolean manages(CurrentUser by, Offer offer) {
		return by != null && by.manages(offer.getOrganisationPath());
	}

	public Optional<Offer> find(Long id) {
		return this.offers.findById(id);
	}

	public List<Offer> all(List<Long> ids) {
		return this.offers.findAllById(ids);
	}

	public Page<Offer> search(CurrentUser by, OfferSearch search, Pageable pageable) {
		List<String> managed = by == null ? List.of() : by.managedPaths();
		return this.offers.findAll(search.toSpecification(managed), pageable);
	}

	/**
	 * Offers changed at or after an instant, a batch at a time in id order, for indexes
	 * kept elsewhere.
	 */
	public List<Offer> changedSince(Instant since, long afterId, int limit) {
		return this.offers.findChangedSince(since, afterId, Limit.of(limit));
	}

}
