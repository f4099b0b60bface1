package org.practica.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then refuses repeated failed sign-ins: per username after
 * {@code max-failures-per-user}, per address only after the far higher
 * {@code max-failures-per-address} (many people may share a campus address). The counts
 * are rows in the database, so that every app instance sees the same; each is changed
 * under a row lock, and an attempt takes its place in the count before its password is
 * checked, so that no number of attempts at once gets more passwords checked than the
 * count allows. Each step runs in a transaction of its own, committed at once.
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

	/**
	 * Takes a place for an attempt to sign in as this username from this address (none
	 * for an attempt that has no address to count, such as a change of password). Refused
	 * while either is locked or has as many attempts under way or failed as allowed.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Attempt begin(String username, String address) {
		Instant now = this.clock.instant();
		String user = userKey(username);
		String from = address == null ? null : addressKey(address);
		SignInFailure userCount = locked(user, now);
		Duration wait = userCount.reserve(now, this.maxPerUser, this.window, this.lock);
		if (wait == null && from != null) {
			wait = locked(from, now).reserve(now, this.maxPerAddress, this.window, this.lock);
			if (wait != null) {
				userCount.release();
			}
		}
		return new Attempt(user, from, wait);
	}

	/**
	 * The password was wrong: the attempt stays counted and, at the maximum, locks.
	 * Returns how many attempts had failed for the username.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int failed(Attempt attempt) {
		Instant now = this.clock.instant();
		int count = locked(attempt.userKey(), now).failed(now, this.maxPerUser, this.lock);
		if (attempt.addressKey() != null) {
			locked(attempt.addressKey(), now).failed(now, this.maxPerAddress, this.lock);
		}
		return count;
	}

	/**
	 * The password was right: the username's count starts again, the address's gives the
	 * place back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(Attempt attempt) {
		Instant now = this.clock.instant();
		this.failures.deleteById(attempt.userKey());
		if (attempt.addressKey() != null) {
			locked(attempt.addressKey(), now).release();
		}
	}

	/**
	 * The attempt ended without an answer on the password (an error): it gives its places
	 * back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void released(Attempt attempt) {
		Instant now = this.clock.instant();
		locked(attempt.userKey(), now).release();
		if (attempt.addressKey() != null) {
			locked(attempt.addressKey(), now).release();
		}
	}

	/**
	 * The username's password was just set through a reset link: its count and lock end.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void cleared(String username) {
		this.failures.deleteById(userKey(username));
	}

	private SignInFailure locked(String key, Instant now) {
		// twice, should the clean-up below remove the row between the two statements
		for (int attempt = 0;; attempt++) {
			this.failures.create(key, now);
			Optional<SignInFailure> count = this.failures.lock(key);
			if (count.isPresent() || attempt > 0) {
				return count.orElseThrow();
			}
		}
	}

	/**
	 * Removes the counts that no longer count: their window is over and no lock holds
	 * (every address that signed in keeps one, at zero, until then). On any number of
	 * instances at once, since each removes only what has no effect.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT11M")
	@Transactional
	public void removeSpent() {
		Instant now = this.clock.instant();
		this.failures.deleteSpent(now.minus(this.window), now);
	}

	/**
	 * How long to hold back the answer to a failed attempt: nothing for the first two,
	 * then growing.
	 */
	static Duration delayAfter(int failures) {
		return Duration.ofMillis(Math.min(2000, Math.max(0, failures - 2) * 400L));
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/**
	 * An attempt's places in the counts.
	 *
	 * @param userKey the username's count
	 * @param addressKey the address's count, or {@code null}
	 * @param refusedFor {@code null} when the attempt may go ahead, else how long until
	 * one may
	 */
	record Attempt(String userKey, String addressKey, Duration refusedFor) {

		boolean refused() {
			return this.refusedFor != null;
		}

		/** The wait in whole minutes, rounded up: what a person is told. */
		long refusedMinutes() {
			return Math.max(1, (this.refusedFor.toSeconds() + 59) / 60);
		}

	}

}
