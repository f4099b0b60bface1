package org.practica.project;

import org.practica.directory.CurrentUser;

/**
 * Who runs an owner's projects, and who may sign up to them: the module that keeps the
 * owners (clubs) implements it, as this module cannot ask that one (it depends on this
 * one). Without an implementation for a kind of owner, nobody beyond the owner
 * organisation's admins runs its projects and only the owner's members may not be told
 * apart.
 */
public interface ProjectOwners {

	/** Whether this implementation answers for owners of the kind. */
	boolean owns(String ownerKind);

	/**
	 * Whether the person runs the owner's projects: manages them and their shifts,
	 * supervises check-in and verifies their hours.
	 */
	boolean manages(CurrentUser by, Long ownerId);

	/**
	 * Whether the student is one of the owner's members, for a project open to members
	 * only.
	 */
	boolean isMember(CurrentUser student, Long ownerId);

}
