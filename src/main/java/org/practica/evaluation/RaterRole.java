package org.practica.evaluation;

/**
 * As whom a person rated: the project's community admin (rates the team and students),
 * its team leader or one of its students with verified hours (rate the community).
 */
public enum RaterRole {

	COMMUNITY_ADMIN, TEAM_LEADER, STUDENT;

	/** Whether the rating comes from the community's side. */
	public boolean isCommunitySide() {
		return this == COMMUNITY_ADMIN;
	}

}
