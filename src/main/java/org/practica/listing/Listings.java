package org.practica.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules every kind of listing keeps: who may write an organisation's listings, who
 * sees them, and their life from draft to closed, each step announced by the kind's own
 * event. A kind says how a listing is made and described, and names its events.
 *
 * @param <T> the listing
 * @param <R> what a caller writes
 */
@Transactional(readOnly = true)
public abstract class Listings<T extends Listing, R extends ListingRequest> {

	/** What happened to a listing, for the kind to name in its own event. */
	public enum Change {

		CREATED, UPDATED, PUBLISHED, CLOSED, CANCELLED

	}

	private final ListingKind kind;

	private final ListingRepository<T> listings;

	private final Function<String, Specification<T>> inDirection;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	protected Listings(ListingKind kind, ListingRepository<T> listings, Function<String, Specification<T>> inDirection,
			Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.kind = kind;
		this.listings = listings;
		this.inDirection = inDirection;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	public ListingKind kind() {
		return this.kind;
	}

	/** A new draft of an organisation of the right kind that the person manages. */
	@Transactional
	public T create(CurrentUser by, R request) {
		Organisation owner = this.organisations.getManaged(by, Ids.parse(request.organisationId()));
		if (owner.getKind() != this.kind.owner()) {
			throw FieldProblem.invalid(this.kind.ownerField(), this.kind.ownerMessage("wrong-kind"));
		}
		T listing = draft(owner);
		describe(listing, request, owner);
		this.listings.save(listing);
		return changed(listing, Change.CREATED);
	}

	/** Rewrites a draft or a published listing; it stays with its organisation. */
	@Transactional
	public T update(CurrentUser by, Long id, R request) {
		T listing = getManaged(by, id);
		if (request.organisationId() != null
				&& !listing.getOrganisationId().equals(Ids.parse(request.organisationId()))) {
			throw FieldProblem.invalid(this.kind.ownerField(), this.kind.ownerMessage("fixed"));
		}
		describe(listing, request, this.organisations.get(listing.getOrganisationId()));
		return changed(listing, Change.UPDATED);
	}

	/** Fills in the position: both coordinates or neither, and then the owner's. */
	private void describe(T listing, R request, Organisation owner) {
		Double latitude = request.latitude();
		Double longitude = request.longitude();
		if ((latitude == null) != (longitude == null)) {
			throw FieldProblem.invalid("longitude", "field.position.both");
		}
		if (latitude == null) {
			latitude = owner.getLatitude();
			longitude = owner.getLongitude();
		}
		describe(listing, request, latitude, longitude);
	}

	@Transactional
	public T publish(CurrentUser by, Long id) {
		T listing = getManaged(by, id);
		listing.publish(this.clock.instant());
		return changed(listing, Change.PUBLISHED);
	}

	@Transactional
	public T close(CurrentUser by, Long id) {
		T listing = getManaged(by, id);
		listing.close();
		return changed(listing, Change.CLOSED);
	}

	@Transactional
	public T cancel(CurrentUser by, Long id) {
		T listing = getManaged(by, id);
		listing.cancel();
		return changed(listing, Change.CANCELLED);
	}

	private T changed(T listing, Change change) {
		this.events.publishEvent(event(listing, change));
		return listing;
	}

	/**
	 * The listing, if the person (or anyone, when null) may see it: public ones, or any
	 * of an organisation they manage.
	 */
	public T get(CurrentUser by, Long id) {
		T listing = this.listings.findById(id).orElseThrow(Problem::notFound);
		if (!listing.getStatus().isPublic() && !manages(by, listing)) {
			throw Problem.notFound();
		}
		return listing;
	}

	/**
	 * The listing, for a change: 404 when not visible, 403 when visible but not theirs to
	 * change.
	 */
	public T getManaged(CurrentUser by, Long id) {
		T listing = get(by, id);
		if (!manages(by, listing)) {
			throw Problem.forbidden();
		}
		return listing;
	}

	public boolean manages(CurrentUser by, Listing listing) {
		return by != null && by.manages(listing.getOrganisationPath());
	}

	public Optional<T> find(Long id) {
		return this.listings.findById(id);
	}

	public List<T> all(List<Long> ids) {
		return this.listings.findAllById(ids);
	}

	public Page<T> search(CurrentUser by, ListingSearch search, Pageable pageable) {
		List<String> managed = by == null ? List.of() : by.managedPaths();
		return this.listings.findAll(search.toSpecification(managed, this.inDirection), pageable);
	}

	/**
	 * Listings changed at or after an instant, a batch at a time in id order, for indexes
	 * kept elsewhere.
	 */
	public List<T> changedSince(Instant since, long afterId, int limit) {
		return this.listings.findChangedSince(since, afterId, Limit.of(limit));
	}

	/** A new, empty draft of the owner. */
	protected abstract T draft(Organisation owner);

	/**
	 * Checks and writes what the kind's request says, at the position already settled.
	 */
	protected abstract void describe(T listing, R request, Double latitude, Double longitude);

	/** The kind's own event for what happened. */
	protected abstract Object event(T listing, Change change);

}
