package org.practica.directory;

import java.util.Set;

/**
 * The kinds of organisation and the parent each may have. University → College → Team on
 * one side, District → Street → Community on the other.
 */
public enum OrganisationKind {

	UNIVERSITY(Set.of()), COLLEGE(Set.of("UNIVERSITY")), TEAM(Set.of("COLLEGE", "UNIVERSITY")), DISTRICT(Set.of()),
	STREET(Set.of("DISTRICT")), COMMUNITY(Set.of("STREET"));

	private final Set<String> parentKinds;

	OrganisationKind(Set<String> parentKinds) {
		this.parentKinds = parentKinds;
	}

	/** Whether this kind stands at the top of its tree. */
	public boolean isRoot() {
		return this.parentKinds.isEmpty();
	}

	/**
	 * Whether an organisation of this kind may sit under the given parent kind (null: no
	 * parent).
	 */
	public boolean acceptsParent(OrganisationKind parent) {
		return parent == null ? isRoot() : this.parentKinds.contains(parent.name());
	}

	/**
	 * Whether this kind belongs to the university side (universities, colleges, teams).
	 */
	public boolean isUniversitySide() {
		return this == UNIVERSITY || this == COLLEGE || this == TEAM;
	}

}
