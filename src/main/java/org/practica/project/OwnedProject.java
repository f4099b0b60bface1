package org.practica.project;

import java.time.LocalDate;

/**
 * A project an owner (a club) creates for itself, with no need: its activity.
 *
 * @param ownerKind the kind of owner, as its {@link ProjectOwners} knows it
 * ({@code CLUB})
 * @param ownerId the owner
 * @param organisationId the organisation it takes place at (the club's university), in
 * the community's place
 * @param organisationPath that organisation's path
 * @param title the title
 * @param description what it is about
 * @param place where it takes place
 * @param startDate its first day
 * @param endDate its last day
 * @param direction its top-level direction
 * @param membersOnly whether only the owner's members may sign up
 */
public record OwnedProject(String ownerKind, Long ownerId, Long organisationId, String organisationPath, String title,
		String description, String place, LocalDate startDate, LocalDate endDate, String direction,
		boolean membersOnly) {
}
