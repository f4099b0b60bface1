package org.practica.directory;

import org.practica.support.Activity;

/**
 * A student was removed from a team by one who manages it.
 */
public record TeamLeft(Long accountId, Long teamId) implements Activity {

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
		return "left-team-" + this.teamId;
	}

}
