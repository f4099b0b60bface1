package org.practica.directory;

import org.practica.support.Activity;

/**
 * A person's password was changed: by themselves, or through a reset link. Their other
 * sessions and tokens have ended.
 */
public record PasswordChanged(Long accountId) implements Activity {

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
		return "password-changed";
	}

}
