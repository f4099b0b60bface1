package org.practica.directory;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Sign-in attempts counted for one username or one address, and until when sign-in is
 * refused. An attempt counts from the moment its password is about to be checked, so that
 * attempts made at once cannot all be checked before the count locks: a success gives its
 * place back.
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

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Takes a place for one attempt: {@code null} when it may go ahead, else how long
	 * until one may. When as many attempts as allowed are being checked or have failed in
	 * the window, the next waits for them: if they fail, the lock follows.
	 */
	Duration reserve(Instant now, int max, Duration window, Duration lock) {
		if (isLocked(now)) {
			return Duration.between(now, this.lockedUntil);
		}
		if (this.lockedUntil != null || !this.windowStartedAt.plus(window).isAfter(now)) {
			this.lockedUntil = null;
			this.failures = 0;
			this.windowStartedAt = now;
		}
		if (this.failures >= max) {
			return lock;
		}
		this.failures++;
		return null;
	}

	/**
	 * The attempt failed (its place stays taken); at the maximum, sign-in is locked for a
	 * while. Returns how many had failed.
	 */
	int failed(Instant now, int max, Duration lock) {
		int count = this.failures;
		if (this.failures >= max && !isLocked(now)) {
			this.lockedUntil = now.plus(lock);
			this.failures = 0;
			this.windowStartedAt = now;
		}
		return count;
	}

	/** The attempt did not fail: it gives its place back. */
	void release() {
		if (this.failures > 0) {
			this.failures--;
		}
	}

}
