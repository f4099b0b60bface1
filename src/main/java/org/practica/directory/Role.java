package org.practica.directory;

/**
 * What a person may do, and the kind of organisation the role is held in.
 */
public enum Role {

	PLATFORM_ADMIN(null), UNIVERSITY_ADMIN(OrganisationKind.UNIVERSITY), COLLEGE_ADMIN(OrganisationKind.COLLEGE),
	TEAM_LEADER(OrganisationKind.TEAM), STUDENT(OrganisationKind.COLLEGE), DISTRICT_ADMIN(OrganisationKind.DISTRICT),
	STREET_ADMIN(OrganisationKind.STREET), COMMUNITY_ADMIN(OrganisationKind.COMMUNITY);

	private final OrganisationKind organisationKind;

	Role(OrganisationKind organisationKind) {
		this.organisationKind = organisationKind;
	}

	/**
	 * The kind of organisation this role is held in; null for the platform admin, who
	 * holds it everywhere.
	 */
	public OrganisationKind organisationKind() {
		return this.organisationKind;
	}

	/** Whether the role manages its organisation's subtree (everyone but students). */
	public boolean manages() {
		return this != STUDENT;
	}

}
