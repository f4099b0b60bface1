package org.practica.directory;

/**
 * What a person may do, and the kind of organisation the role is held in.
 */
public enum Role {

	PLATFORM_ADMIN(null), UNIVERSITY_ADMIN(OrganisationKind.UNIVERSITY), COLLEGE_ADMIN(OrganisationKind.COLLEGE),
	TEAM_LEADER(OrganisationKind.TEAM), STUDENT(OrganisationKind.COLLEGE), DISTRICT_ADMIN(OrganisationKind.DISTRICT),
	STREET_ADMIN(OrganisationKind.STREET), COMMUNITY_ADMIN(OrganisationKind.COMMUNITY),
	/**
	 * The student association federation (社联) of a university: clubs, their reviews and
	 * fund.
	 */
	FEDERATION_OFFICER(OrganisationKind.UNIVERSITY),
	/**
	 * A tutor, career adviser or counsellor of the one-stop community, held in a
	 * university or a college.
	 */
	SERVICE_PROVIDER(OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE);

	private final OrganisationKind organisationKind;

	private final java.util.Set<OrganisationKind> organisationKinds;

	Role(OrganisationKind organisationKind, OrganisationKind... more) {
		this.organisationKind = organisationKind;
		java.util.Set<OrganisationKind> kinds = new java.util.HashSet<>();
		if (organisationKind != null) {
			kinds.add(organisationKind);
		}
		kinds.addAll(java.util.List.of(more));
		this.organisationKinds = java.util.Set.copyOf(kinds);
	}

	/** Whether this role may be held in an organisation of the kind. */
	public boolean heldIn(OrganisationKind kind) {
		return this.organisationKinds.contains(kind);
	}

	/**
	 * The kind of organisation this role is held in (the first, where it may be held in
	 * more: {@link #heldIn}); null for the platform admin, who holds it everywhere.
	 */
	public OrganisationKind organisationKind() {
		return this.organisationKind;
	}

	/**
	 * Whether the role manages its organisation's subtree: the admins and team leaders,
	 * not students, federation officers (who act on clubs only) or service providers.
	 */
	public boolean manages() {
		return this != STUDENT && this != FEDERATION_OFFICER && this != SERVICE_PROVIDER;
	}

}
