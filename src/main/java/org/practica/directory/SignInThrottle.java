package org.practica.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then refuses repeated failed sign-ins, per username and per address.
 * Kept in the database so that every app instance sees the same counts.
 */
@Component
class SignInThrottle {

	private final SignInFailureRepository failures;

	private final Clock clock;

	private final int maxPerUser;

	private final int maxPerAddress;

	private final Duration window;

	private final Duration lock;

	SignInThrottle(SignInFailureRepository failures, Clock clock, SignInSettings settings) {
		this.failures = failures;
		this.clock = clock;
		this.maxPerUser = settings.maxFailuresPerUser();
		this.maxPerAddress = settings.maxFailuresPerAddress();
		this.window = settings.window();
		this.lock = settings.lock();
	}

	/** Whether sign-in is refused for this username or address now. */
	@Transactional(readOnly = true)
	public boolean isLocked(String username, String address) {
		Instant now = this.clock.instant();
		return locked(userKey(username), now) || (address != null && locked(addressKey(address), now));
	}

	private boolean locked(String key, Instant now) {
		return this.failures.findById(key).map(f -> f.isLocked(now)).orElse(false);
	}

	/**
	 * Counts a failure and returns how many there were for the username in the current
	 * window.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int failed(String username, String address) {
		int count = count(userKey(username), this.maxPerUser);
		if (address != null) {
			count(addressKey(address), this.maxPerAddress);
		}
		return count;
	}

	private int count(String key, int max) {
		Instant now = this.clock.instant();
		SignInFailure failure = this.failures.findById(key).orElseGet(() -> new SignInFailure(key, now));
		if (failure.windowStartedAt.plus(this.window).isBefore(now)) {
			failure.windowStartedAt = now;
			failure.failures = 0;
		}
		failure.failures++;
		if (failure.failures >= max) {
			failure.lockedUntil = now.plus(this.lock);
			failure.failures = 0;
			failure.windowStartedAt = now;
		}
		this.failures.save(failure);
		return failure.failures;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.failures.deleteById(userKey(username));
	}

	/**
	 * How long to hold back the answer to a failed attempt: nothing for the first two,
	 * then growing.
	 */
	static Duration delayAfter(int failures) {
		return Duration.ofMillis(Math.min(2000, Math.max(0, failures - 2) * 400L));
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
