package org.practica.directory;

import org.practica.support.Activity;

/**
 * An account's profile or memberships changed.
 *
 * @param accountId the account
 * @param action what changed
 */
public record AccountChanged(Long accountId, String action) implements Activity {

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public Long subjectId() {
		return this.accountId;
	}

}
