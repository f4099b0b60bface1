package org.practica.directory;

import org.practica.support.Activity;

/**
 * An admin sent a password reset: the person must choose a new password at the next
 * sign-in (a link went by mail when the account has an address).
 */
public record PasswordResetSent(Long accountId) implements Activity {

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
		return "password-reset-sent";
	}

}
