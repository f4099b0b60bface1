package org.practica.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import org.practica.support.Sha256;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's password: changed by themselves, set again through a single-use link sent by
 * mail (asked for by the person, or sent by an admin, who can also make them choose a new
 * one at the next sign-in). Every new password passes the {@link PasswordPolicy}, and
 * every change ends the account's other sessions and tokens.
 */
@Service
@Transactional
class Passwords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final Accounts accountRules;

	private final PasswordResetRepository resets;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final AccountAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration lifetime;

	private final Duration minInterval;

	Passwords(AccountRepository accounts, Accounts accountRules, PasswordResetRepository resets, PasswordPolicy policy,
			PasswordEncoder encoder, SignInThrottle throttle, AccountAccess access, ApplicationEventPublisher events,
			Clock clock, PasswordResetSettings settings) {
		this.accounts = accounts;
		this.accountRules = accountRules;
		this.resets = resets;
		this.policy = policy;
		this.encoder = encoder;
		this.throttle = throttle;
		this.access = access;
		this.events = events;
		this.clock = clock;
		this.lifetime = settings.lifetime();
		this.minInterval = settings.minInterval();
	}

	/**
	 * The person changes their own password, giving the current one. A wrong current
	 * password is refused (403, naming {@code currentPassword}) and counts as a failed
	 * sign-in, so that a session left open does not let anyone guess it; a new one that
	 * breaks a rule is refused (400, naming {@code newPassword}). The session or token
	 * that asked stays signed in.
	 */
	public Account change(CurrentUser user, String currentPassword, String newPassword, AccountAccess.Kept kept) {
		Account account = this.accounts.findById(user.id()).orElseThrow(Problem::notFound);
		SignInThrottle.Attempt attempt = this.throttle.begin(account.getUsername(), null);
		if (attempt.refused()) {
			throw Problem.busy("sign-in.locked.minutes", attempt.refusedMinutes());
		}
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			this.throttle.failed(attempt);
			throw new WrongCurrentPassword();
		}
		this.throttle.succeeded(attempt);
		this.policy.check("newPassword", account.getUsername(), newPassword);
		if (this.encoder.matches(newPassword, account.getPasswordHash())) {
			throw FieldProblem.invalid("newPassword", "account.password.unchanged");
		}
		setPassword(account, newPassword, kept);
		return account;
	}

	/**
	 * Someone asks for a link to set the password of this username. A link goes (the
	 * {@link PasswordResetRequested} event, which the mail follows) only when the account
	 * exists, is enabled, has an email address and was sent none in the last
	 * {@code min-interval}; the caller learns none of this.
	 */
	public void requestReset(String username) {
		this.accounts.findByUsername(username.strip())
			.filter(Account::isEnabled)
			.filter(account -> account.getEmail() != null)
			.filter(account -> !this.resets.existsByAccountIdAndRequestedAtAfter(account.getId(),
					this.clock.instant().minus(this.minInterval)))
			.ifPresent(this::sendLink);
	}

	/**
	 * An admin over the person sends a reset: the person must choose a new password at
	 * the next sign-in, and a link goes by mail when the account has an address. Returns
	 * whether one went.
	 */
	public boolean sendReset(CurrentUser by, Long accountId) {
		Account account = this.accountRules.managed(by, accountId);
		if (!account.isEnabled()) {
			throw Problem.conflict("account.reset.disabled");
		}
		account.requirePasswordChange();
		boolean mailed = account.getEmail() != null;
		if (mailed) {
			sendLink(account);
		}
		this.events.publishEvent(new PasswordResetSent(account.getId()));
		return mailed;
	}

	private void sendLink(Account account) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetime);
		this.resets.save(new PasswordReset(Sha256.hex(token), account.getId(), now, expiresAt));
		this.events.publishEvent(new PasswordResetRequested(account.getId(), token, expiresAt));
	}

	/**
	 * The account whose password the link sets, while it can: known, never used, not
	 * expired, and the account enabled.
	 */
	@Transactional(readOnly = true)
	public Optional<Account> linkedAccount(String token) {
		Instant now = this.clock.instant();
		return this.resets.findById(Sha256.hex(token == null ? "" : token))
			.filter(reset -> reset.isUsable(now))
			.flatMap(reset -> this.accounts.findById(reset.getAccountId()))
			.filter(Account::isEnabled);
	}

	/**
	 * Sets the password through a link, once: an unknown, used or expired link is not
	 * found (404). Every session and token of the account ends, and so does any lock from
	 * failed sign-ins.
	 */
	public Account reset(String token, String newPassword) {
		Account account = linkedAccount(token).orElseThrow(Problem::notFound);
		this.policy.check("newPassword", account.getUsername(), newPassword);
		if (this.resets.use(Sha256.hex(token), this.clock.instant()) != 1) {
			// another request used it a moment ago
			throw Problem.notFound();
		}
		setPassword(account, newPassword, AccountAccess.Kept.NOTHING);
		this.throttle.cleared(account.getUsername());
		return account;
	}

	private void setPassword(Account account, String newPassword, AccountAccess.Kept kept) {
		account.changePassword(this.encoder.encode(newPassword));
		this.resets.useAll(account.getId(), this.clock.instant());
		this.access.endAll(account, kept);
		this.events.publishEvent(new PasswordChanged(account.getId()));
	}

	/**
	 * The current password given to change it is wrong: 403 ("signed in but not
	 * allowed"), its message for the {@code currentPassword} field of a page.
	 */
	static final class WrongCurrentPassword extends Problem {

		static final String FIELD = "currentPassword";

		WrongCurrentPassword() {
			super(HttpStatus.FORBIDDEN, "account.password.current-wrong");
		}

	}

	/** Links expired a day ago are of no use, not even to say they were used. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	public void removeExpired() {
		this.resets.deleteExpiredBefore(this.clock.instant().minus(Duration.ofDays(1)));
	}

}
