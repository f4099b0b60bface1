package org.practica.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A password reset link, known only by the SHA-256 of its token: usable once, until it
 * expires.
 */
@Entity
class PasswordReset {

	@Id
	private String tokenHash;

	private Long accountId;

	private Instant requestedAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordReset() {
	}

	PasswordReset(String tokenHash, Long accountId, Instant requestedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.requestedAt = requestedAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the link still sets a password: never used, and not expired. */
	boolean isUsable(Instant now) {
		return this.usedAt == null && this.expiresAt.isAfter(now);
	}

	Long getAccountId() {
		return this.accountId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
