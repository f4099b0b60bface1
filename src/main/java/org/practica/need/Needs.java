package org.practica.need;

import java.time.Clock;
import java.time.Instant;
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
 * The demand list's rules: who may write a community's needs, and their life from draft
 * to closed.
 */
@Service
@Transactional(readOnly = true)
public class Needs {

	private final NeedRepository needs;

	private final Organisations organisations;

	private final Directions directions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Needs(NeedRepository needs, Organisations organisations, Directions directions, ApplicationEventPublisher events,
			Clock clock) {
		this.needs = needs;
		this.organisations = organisations;
		this.directions = directions;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft need of a community the person manages. */
	@Transactional
	public Need create(CurrentUser by, NeedRequest request) {
		Organisation community = this.organisations.getManaged(by, Ids.parse(request.communityId()));
		if (community.getKind() != OrganisationKind.COMMUNITY) {
			throw FieldProblem.invalid("communityId", "need.community.wrong-kind");
		}
		Need need = new Need(community.getId(), community.getPath());
		describe(need, request, community);
		this.needs.save(need);
		changed(need, "created");
		return need;
	}

	@Transactional
	public Need update(CurrentUser by, Long id, NeedRequest request) {
		Need need = getManaged(by, id);
		if (request.communityId() != null && !need.getCommunityId().equals(Ids.parse(request.communityId()))) {
			throw FieldProblem.invalid("communityId", "need.community.fixed");
		}
		describe(need, request, this.organisations.get(need.getCommunityId()));
		changed(need, "edited");
		return need;
	}

	private void describe(Need need, NeedRequest request, Organisation community) {
		if (!this.directions.exists(request.direction())) {
			throw FieldProblem.invalid("direction", "field.direction.unknown");
		}
		Double latitude = request.latitude();
		Double longitude = request.longitude();
		if ((latitude == null) != (longitude == null)) {
			throw FieldProblem.invalid("longitude", "field.position.both");
		}
		if (latitude == null) {
			latitude = community.getLatitude();
			longitude = community.getLongitude();
		}
		need.describe(request, this.directions.topLevel(request.direction()), latitude, longitude);
	}

	@Transactional
	public Need publish(CurrentUser by, Long id) {
		Need need = getManaged(by, id);
		need.publish(this.clock.instant());
		changed(need, "published");
		this.events.publishEvent(new NeedPublished(need.getId(), need.getCommunityId(), need.getOrganisationPath(),
				need.getPublishedAt()));
		return need;
	}

	@Transactional
	public Need close(CurrentUser by, Long id) {
		Need need = getManaged(by, id);
		need.close();
		changed(need, "closed");
		return need;
	}

	@Transactional
	public Need cancel(CurrentUser by, Long id) {
		Need need = getManaged(by, id);
		need.cancel();
		changed(need, "cancelled");
		return need;
	}

	private void changed(Need need, String action) {
		this.events.publishEvent(new NeedChanged(need.getId(), need.getCommunityId(), need.getStatus(), action));
	}

	/**
	 * The need, if the person (or anyone, when null) may see it: public ones, or any in a
	 * community they manage.
	 */
	public Need get(CurrentUser by, Long id) {
		Need need = this.needs.findById(id).orElseThrow(Problem::notFound);
		if (!need.getStatus().isPublic() && !manages(by, need)) {
			throw Problem.notFound();
		}
		return need;
	}

	/**
	 * The need, for a change: 404 when not visible, 403 when visible but not theirs to
	 * change.
	 */
	public Need getManaged(CurrentUser by, Long id) {
		Need need = get(by, id);
		if (!manages(by, need)) {
			throw Problem.forbidden();
		}
		return need;
	}

	public boolean manages(CurrentUser by, Need need) {
		return by != null && by.manages(need.getOrganisationPath());
	}

	public Optional<Need> find(Long id) {
		return this.needs.findById(id);
	}

	public List<Need> all(List<Long> ids) {
		return this.needs.findAllById(ids);
	}

	public Page<Need> search(CurrentUser by, NeedSearch search, Pageable pageable) {
		List<String> managed = by == null ? List.of() : by.managedPaths();
		return this.needs.findAll(search.toSpecification(managed), pageable);
	}

	/**
	 * Needs changed at or after an instant, a batch at a time in id order, for indexes
	 * kept elsewhere.
	 */
	public List<Need> changedSince(Instant since, long afterId, int limit) {
		return this.needs.findChangedSince(since, afterId, Limit.of(limit));
	}

}
