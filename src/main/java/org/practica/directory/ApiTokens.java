package org.practica.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock,
			@Value("${practica.api-token-lifetime}") Duration lifetime) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.lifetime = lifetime;
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

	/** Authenticates a bearer token: the API's authentication manager. */
	@Transactional(readOnly = true)
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			return null;
		}
		ApiToken token = this.tokens.findById(hash(bearer.getToken()))
			.filter(t -> t.getExpiresAt().isAfter(this.clock.instant()))
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
		Account account = this.accounts.findById(token.getAccountId())
			.filter(Account::isEnabled)
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
		CurrentUser user = new CurrentUser(account);
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void removeExpired() {
		this.tokens.deleteExpired(this.clock.instant());
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

}
