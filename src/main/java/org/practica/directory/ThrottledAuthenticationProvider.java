package org.practica.directory;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks username and password, as the form sign-in and the token endpoint both do,
 * through the throttle: the one authentication manager of both (see
 * {@link SecurityConfiguration}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** No account's username is longer (its column's width). */
	static final int MAX_USERNAME = 64;

	/**
	 * No password is set longer (BCrypt reads 72 bytes; the forms take 100 characters).
	 */
	static final int MAX_PASSWORD = 100;

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		if (username == null || username.length() > MAX_USERNAME || username.indexOf('\0') >= 0
				|| (password instanceof String text && text.length() > MAX_PASSWORD * 4)) {
			// names no account: refused before anything is counted or stored under it
			throw new BadCredentialsException("Bad credentials");
		}
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		SignInThrottle.Attempt attempt = this.throttle.begin(username, address);
		if (attempt.refused()) {
			throw new SignInThrottledException(attempt);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(attempt);
			return result;
		}
		catch (BadCredentialsException ex) {
			int failures = this.throttle.failed(attempt);
			pause(SignInThrottle.delayAfter(failures).toMillis());
			throw ex;
		}
		catch (AccountStatusException ex) {
			// the password was right, the account is disabled: no failure to count
			this.throttle.succeeded(attempt);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.throttle.released(attempt);
			throw ex;
		}
	}

	private static void pause(long millis) {
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failed attempts: refused for a while. */
	static class SignInThrottledException extends AuthenticationException {

		private final transient Duration retryAfter;

		private final long minutes;

		SignInThrottledException(SignInThrottle.Attempt attempt) {
			super("Too many failed sign-ins");
			this.retryAfter = attempt.refusedFor();
			this.minutes = attempt.refusedMinutes();
		}

		/** How long until sign-in may be tried again. */
		Duration retryAfter() {
			return this.retryAfter;
		}

		/** The same in whole minutes, rounded up: what a person is told. */
		long minutes() {
			return this.minutes;
		}

	}

}
