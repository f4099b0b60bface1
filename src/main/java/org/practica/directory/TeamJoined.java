package org.practica.directory;

import org.practica.support.Activity;

/**
 * A student joined a team.
 */
public record TeamJoined(Long accountId, Long teamId) implements Activity {

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public Long subjectId() {
		return this.accountId;
	}

	@Override
	public String action() {
		return "joined-team-" + this.teamId;
	}

}
