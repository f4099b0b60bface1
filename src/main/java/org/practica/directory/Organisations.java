package org.practica.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation trees: who may add which kind of organisation where, and lookups for
 * other modules.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Adds an organisation. The platform admin adds universities and districts; an admin
	 * adds children under an organisation it manages, as the kinds allow.
	 */
	@Transactional
	public Organisation create(CurrentUser by, NewOrganisation request) {
		Organisation parent = null;
		if (request.parentId() != null && !request.parentId().isBlank()) {
			parent = this.organisations.findById(Ids.parse(request.parentId()))
				.orElseThrow(() -> FieldProblem.invalid("parentId", "organisation.parent.unknown"));
			if (!by.manages(parent)) {
				throw Problem.forbidden();
			}
		}
		else if (!by.isPlatformAdmin()) {
			throw Problem.forbidden();
		}
		if (!request.kind().acceptsParent(parent == null ? null : parent.getKind())) {
			throw FieldProblem.invalid("parentId", "organisation.parent.wrong-kind." + request.kind());
		}
		String name = request.name().strip();
		boolean taken = parent == null ? this.organisations.existsByParentIdIsNullAndName(name)
				: this.organisations.existsByParentIdAndName(parent.getId(), name);
		if (taken) {
			throw FieldProblem.invalid("name", "organisation.name.taken");
		}
		Double latitude = request.latitude();
		Double longitude = request.longitude();
		if (latitude == null && longitude == null && parent != null) {
			latitude = parent.getLatitude();
			longitude = parent.getLongitude();
		}
		if ((latitude == null) != (longitude == null)) {
			throw FieldProblem.invalid("longitude", "field.position.both");
		}
		Organisation organisation = new Organisation(this.organisations.nextId(), name, request.kind(), parent,
				blankToNull(request.address()), latitude, longitude);
		this.organisations.save(organisation);
		this.events.publishEvent(
				new OrganisationCreated(organisation.getId(), organisation.getKind(), organisation.getParentId()));
		return organisation;
	}

	/**
	 * The organisation, or 404. Organisations' names and places are public to every
	 * signed-in person.
	 */
	public Organisation get(Long id) {
		return this.organisations.findById(id).orElseThrow(Problem::notFound);
	}

	/**
	 * The organisation, if the person manages it; 404 when it does not exist, 403 when it
	 * is not theirs.
	 */
	public Organisation getManaged(CurrentUser by, Long id) {
		Organisation organisation = get(id);
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		return organisation;
	}

	public Page<Organisation> search(OrganisationKind kind, Long parentId, String q, Pageable pageable) {
		String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
		return this.organisations.search(kind, parentId, like, pageable);
	}

	/**
	 * The organisations of the given kinds this person manages, for choosing one in a
	 * form.
	 */
	public List<Organisation> managed(CurrentUser by, OrganisationKind... kinds) {
		EnumSet<OrganisationKind> set = EnumSet.noneOf(OrganisationKind.class);
		set.addAll(List.of(kinds));
		if (by.isPlatformAdmin()) {
			return this.organisations.findByKindInOrderByName(set);
		}
		return by.managedPaths()
			.stream()
			.flatMap(path -> this.organisations.findSubtreeOfKinds(path, set).stream())
			.distinct()
			.toList();
	}

	/**
	 * The organisations a person may filter lists by: where they hold a role and the
	 * level below; for the platform admin, the universities and districts.
	 */
	public List<Organisation> filterChoices(CurrentUser by) {
		if (by.isPlatformAdmin()) {
			return this.organisations
				.findByKindInOrderByName(EnumSet.of(OrganisationKind.UNIVERSITY, OrganisationKind.DISTRICT));
		}
		java.util.LinkedHashSet<Organisation> choices = new java.util.LinkedHashSet<>();
		for (RoleGrant grant : by.grants()) {
			if (grant.role().manages() && grant.organisationId() != null) {
				this.organisations.findById(grant.organisationId()).ifPresent(choices::add);
				choices.addAll(this.organisations.findByParentIdOrderByName(grant.organisationId()));
			}
		}
		return List.copyOf(choices);
	}

	/** The organisation and everything below it. */
	public List<Organisation> subtree(Organisation root) {
		return this.organisations.findSubtree(root.getPath());
	}

	public List<Organisation> all(List<Long> ids) {
		return this.organisations.findAllById(ids);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
