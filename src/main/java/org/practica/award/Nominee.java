package org.practica.award;

/**
 * Who or what is nominated, as a call's category names it: a student, a team or a
 * project.
 *
 * @param id the student's account, the team's organisation or the project
 * @param name the name shown
 * @param path the organisation path it lies at (the student's college, the team, the
 * project's team or community)
 * @param otherPath a second path it lies at (a project's community), or null
 * @param organisationName the organisation shown beside it
 */
record Nominee(Long id, String name, String path, String otherPath, String organisationName) {

	/** Whether it lies inside the subtree at this path. */
	boolean inside(String subtree) {
		return this.path.startsWith(subtree) || (this.otherPath != null && this.otherPath.startsWith(subtree));
	}

}
