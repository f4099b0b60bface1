package org.practica.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.practica.support.Sha256;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens for API clients. A token is 256 random bits; only its SHA-256 is stored,
 * so a copy of the database holds no usable token.
 */
@Component
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final Clock clock;

	private final Duration lifetime;

	private final Cache<String, Authenticated> recent = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final TransactionTemplate transactions;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock, AccountSettings settings,
			PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.lifetime = settings.apiTokenLifetime();
	}

	/** Issues a token for the account. */
	@Transactional
	public IssuedToken issue(Long accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = this.clock.instant().plus(this.lifetime);
		this.tokens.save(new ApiToken(hash(token), accountId, expiresAt));
		return new IssuedToken(token, expiresAt);
	}

	/**
	 * Authenticates a bearer token: the API's authentication manager.
	 * <p>
	 * Every request asks the database one question: is the token still there, unexpired,
	 * its account enabled, and at which version? Ending a token (a password change, a
	 * disabled account) deletes its row, and any change to the account raises its
	 * version, so the answer is right at once on every app instance, with no message
	 * between instances. Only what takes more reading (the account and its roles) is
	 * remembered, for a minute, and used only while the account's version is unchanged.
	 * An instance's memory cannot be cleared from another instance, so remembering the
	 * token itself (as this class once did) would let a disabled account's token work on
	 * the other instance until its memory expired.
	 */
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			return null;
		}
		String tokenHash = hash(bearer.getToken());
		Authenticated known = this.transactions.execute(status -> {
			Long version = this.tokens.findAccountVersion(tokenHash, this.clock.instant()).orElse(null);
			if (version == null) {
				return null;
			}
			Authenticated remembered = this.recent.getIfPresent(tokenHash);
			if (remembered != null && remembered.version().equals(version)) {
				return remembered;
			}
			Authenticated found = lookUp(tokenHash);
			this.recent.put(tokenHash, found);
			return found;
		});
		if (known == null) {
			this.recent.invalidate(tokenHash);
			throw new InvalidBearerTokenException("Unknown or expired token");
		}
		return known.authentication();
	}

	private Authenticated lookUp(String tokenHash) {
		ApiToken token = this.tokens.findById(tokenHash)
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
		Account account = this.accounts.findById(token.getAccountId())
			.filter(Account::isEnabled)
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
		CurrentUser user = new CurrentUser(account);
		user.eraseCredentials();
		return new Authenticated(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
				account.getId(), account.getVersion());
	}

	private record Authenticated(Authentication authentication, Long accountId, Long version) {
	}

	/**
	 * Ends the account's tokens, all but the one given (the token of the request that
	 * asked, or {@code null}), within the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void endAll(Long accountId, String keepToken) {
		if (keepToken == null) {
			this.tokens.deleteByAccount(accountId);
		}
		else {
			this.tokens.deleteByAccountExcept(accountId, hash(keepToken));
		}
		// only to free the memory: the database's answer above is what refuses them
		this.recent.asMap().values().removeIf(a -> a.accountId().equals(accountId));
	}

	/**
	 * Ends one token at once, on every instance: its row goes, and every request asks the
	 * database for it.
	 */
	@Transactional
	public void revoke(String token) {
		if (token != null) {
			String tokenHash = hash(token);
			this.tokens.deleteById(tokenHash);
			this.recent.invalidate(tokenHash);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void removeExpired() {
		this.tokens.deleteExpired(this.clock.instant());
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

}
