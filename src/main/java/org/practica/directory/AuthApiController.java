package org.practica.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.support.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class AuthApiController {

	private static final DefaultBearerTokenResolver BEARER = new DefaultBearerTokenResolver();

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	private final Accounts accounts;

	private final ZoneId zone;

	AuthApiController(AuthenticationManager authentication, ApiTokens tokens, ProblemResponses problems,
			Accounts accounts, Clock clock) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.problems = problems;
		this.accounts = accounts;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Exchange a username and password for a bearer token",
			description = "Wrong credentials: 401. After 5 failures for a username (or far more from one address), "
					+ "sign-in is refused for a while: 429 with Retry-After. A disabled account: 401. "
					+ "mustChangePassword true: an admin sent a reset, and the token reaches only GET /me and "
					+ "POST /me/password until the password is changed.")
	@PostMapping("/auth/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request, Locale locale) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(body.username(), body.password());
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		try {
			Authentication result = this.authentication.authenticate(attempt);
			CurrentUser user = (CurrentUser) result.getPrincipal();
			ApiTokens.IssuedToken token = this.tokens.issue(user.id());
			return ResponseEntity.ok(Map.of("token", token.token(), "expiresAt",
					OffsetDateTime.ofInstant(token.expiresAt().truncatedTo(ChronoUnit.SECONDS), this.zone)
						.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					"mustChangePassword", user.passwordChangeRequired()));
		}
		catch (ThrottledAuthenticationProvider.SignInThrottledException ex) {
			HttpHeaders retry = new HttpHeaders();
			retry.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
			return problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in.locked.minutes", new Object[] { ex.minutes() },
					locale, retry);
		}
		catch (DisabledException ex) {
			// only whoever gave the right password learns the account is disabled
			return problem(HttpStatus.UNAUTHORIZED, "sign-in.disabled", null, locale, HttpHeaders.EMPTY);
		}
		catch (BadCredentialsException | org.springframework.security.core.userdetails.UsernameNotFoundException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "sign-in.failed", null, locale, HttpHeaders.EMPTY);
		}
	}

	private ResponseEntity<?> problem(HttpStatus status, String key, Object[] arguments, Locale locale,
			HttpHeaders headers) {
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(ProblemResponses.PROBLEM_JSON)
			.body(this.problems.body(status, key, arguments, locale));
	}

	@Operation(summary = "End the token this request is made with, at once (signing out a client)",
			description = "204; the token is refused (401) from then on, on every instance.")
	@PostMapping("/auth/token/revoke")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		this.tokens.revoke(BEARER.resolve(request));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The signed-in person and their roles")
	@GetMapping("/me")
	DirectoryJson.AccountJson me(@AuthenticationPrincipal CurrentUser user) {
		return DirectoryJson.AccountJson.own(this.accounts.me(user));
	}

	record TokenRequest(
			@NotBlank(message = "{account.username.required}") @Size(max = ThrottledAuthenticationProvider.MAX_USERNAME,
					message = "{account.username.pattern}") String username,
			@NotBlank(message = "{account.password.required}") @Size(max = ThrottledAuthenticationProvider.MAX_PASSWORD,
					message = "{account.password.size}") String password) {
	}

}
