package org.practica.directory;

import org.practica.support.Activity;

/**
 * An admin changed an account's name, email or phone.
 */
public record AccountEdited(Long accountId) implements Activity {

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
		return "edited";
	}

}
