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
	 * Authenticates a bearer token: the API's authentication manager. A token once found
	 * is remembered for a minute, so a client's burst of calls costs one lookup; tokens
	 * never change, and an expired one is refused from memory too.
	 */
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			return null;
		}
		Authenticated known = this.recent.get(hash(bearer.getToken()), this::lookUp);
		if (!known.expiresAt().isAfter(this.clock.instant())) {
			this.recent.invalidate(hash(bearer.getToken()));
			throw new InvalidBearerTokenException("Unknown or expired token");
		}
		return known.authentication();
	}

	private Authenticated lookUp(String tokenHash) {
		return this.transactions.execute(status -> {
			ApiToken token = this.tokens.findById(tokenHash)
				.filter(t -> t.getExpiresAt().isAfter(this.clock.instant()))
				.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
			Account account = this.accounts.findById(token.getAccountId())
				.filter(Account::isEnabled)
				.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
			CurrentUser user = new CurrentUser(account);
			user.eraseCredentials();
			return new Authenticated(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
					token.getExpiresAt());
		});
	}

	private record Authenticated(Authentication authentication, Instant expiresAt) {
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
