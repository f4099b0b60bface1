package org.practica.directory;

import org.practica.support.Activity;

/**
 * An account was created.
 *
 * @param accountId the account
 * @param role the role it was given
 * @param organisationId where it holds the role
 */
public record AccountCreated(Long accountId, Role role, Long organisationId) implements Activity {

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
		return "created";
	}

}
