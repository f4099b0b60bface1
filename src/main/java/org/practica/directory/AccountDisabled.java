package org.practica.directory;

import org.practica.support.Activity;

/**
 * An admin disabled an account: it signs in no more, and its sessions and tokens have
 * ended.
 */
public record AccountDisabled(Long accountId) implements Activity {

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
		return "disabled";
	}

}
