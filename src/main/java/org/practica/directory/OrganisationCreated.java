package org.practica.directory;

import org.practica.support.Activity;

/**
 * An organisation was added to one of the trees.
 *
 * @param organisationId the new organisation
 * @param kind its kind
 * @param parentId its parent, null for a root
 */
public record OrganisationCreated(Long organisationId, OrganisationKind kind, Long parentId) implements Activity {

	@Override
	public String subjectType() {
		return "organisation";
	}

	@Override
	public Long subjectId() {
		return this.organisationId;
	}

	@Override
	public String action() {
		return "created";
	}

}
