package org.practica.evaluation;

/**
 * What an evaluation rates: a project's team, its community, or one of its students.
 */
public enum About {

	TEAM, COMMUNITY, STUDENT;

	/**
	 * The set of criteria it is rated by: a student by the team's, as both are judged as
	 * volunteers at work.
	 */
	public About criteria() {
		return (this == STUDENT) ? TEAM : this;
	}

}
