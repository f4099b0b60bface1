package org.practica.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An issued API token, known only by its SHA-256.
 */
@Entity
class ApiToken {

	@Id
	private String tokenHash;

	private Long accountId;

	private Instant expiresAt;

	protected ApiToken() {
	}

	ApiToken(String tokenHash, Long accountId, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.expiresAt = expiresAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
