package org.practica.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Failed sign-ins counted for one username or one address, and until when sign-in is
 * refused.
 */
@Entity
class SignInFailure {

	@Id
	String throttleKey;

	int failures;

	Instant windowStartedAt;

	Instant lockedUntil;

	protected SignInFailure() {
	}

	SignInFailure(String key, Instant now) {
		this.throttleKey = key;
		this.windowStartedAt = now;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
