package org.practica.directory;

import org.practica.support.Activity;

/**
 * An admin enabled a disabled account again.
 */
public record AccountEnabled(Long accountId) implements Activity {

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
		return "enabled";
	}

}
