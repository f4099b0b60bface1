package org.practica.directory;

import java.util.Map;

import org.practica.support.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what. The JSON API takes bearer tokens and answers refusals with problem
 * details; the pages use form sign-in with a session (kept in the database, so any
 * instance serves any request) and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	static final String[] PUBLIC_PAGES = { "/", "/login", "/password-reset", "/password-reset/*", "/locale", "/error",
			"/needs", "/needs/{id:\\d+}", "/offers", "/offers/{id:\\d+}", "/clubs", "/clubs/{id:\\d+}", "/verify/**",
			"/notices", "/notices/{id:\\d+}", "/award-calls/{id:\\d+}/awarded", "/webjars/**", "/css/**", "/js/**",
			"/img/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/outcome-reports",
			"/outcome-reports/{id:\\d+}",
			// the case library and the method of a selection's scores
			"/cases", "/cases/{id:\\d+}", "/cases/{id:\\d+}/attachments/*", "/selections/method",
			// published ballots, searched for a tracker by a form posted (so the tracker
			// stays out of addresses and access logs)
			"/elections/{id:\\d+}/ballots" };

	/** Pages anyone may read, and only read: a published report's photos. */
	static final String[] PUBLIC_READS = { "/outcome-reports/*/photos/**",
			// an election, its results and published ballots: anyone may check and
			// recount
			"/clubs/{id:\\d+}/elections", "/elections/{id:\\d+}", "/elections/{id:\\d+}/results",
			"/elections/{id:\\d+}/ballots.csv" };

	/**
	 * A notice mail's unsubscribe link: public, and posted without a CSRF token by mail
	 * programs' one-click unsubscribe (RFC 8058); its signed token is what protects it.
	 */
	static final String UNSUBSCRIBE = "/unsubscribe/*";

	/** A public notice's objection form: posted by anyone, with its CSRF token. */
	static final String OBJECTION_FORM = "/notices/{id:\\d+}/objections";

	/**
	 * BCrypt, behind a delegating encoder so stored hashes name their algorithm and can
	 * be upgraded later.
	 */
	@Bean
	PasswordEncoder passwordEncoder(AccountSettings settings) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		// a disabled account is told so only after its right password: nothing is learnt
		// of an account without it
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("The account is disabled");
			}
		});
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, LocaleResolver locales)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/password-reset",
						"/api/v1/auth/password-reset/*", "/api/v1/notices/*/objections")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/verify/**", "/api/v1/directions", "/api/v1/needs",
						"/api/v1/needs/*", "/api/v1/offers", "/api/v1/offers/*", "/api/v1/outcome-reports",
						"/api/v1/outcome-reports/*", "/api/v1/outcome-reports/*/photos/**", "/api/v1/notices/*",
						"/api/v1/clubs", "/api/v1/clubs/*", "/api/v1/clubs/*/activities", "/api/v1/clubs/*/rating")
				.permitAll()
				// elections and their results: anyone may check and recount
				.requestMatchers(HttpMethod.GET, "/api/v1/clubs/*/elections", "/api/v1/elections/*",
						"/api/v1/elections/*/results")
				.permitAll()
				// the case library: published cases and their attachments
				.requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/attachments/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::privacyHeaders)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.oauth2ResourceServer(
					resourceServer -> resourceServer.authenticationManagerResolver(request -> tokens::authenticate)
						.authenticationEntryPoint((request, response, ex) -> problems.write(response,
								HttpStatus.UNAUTHORIZED, "problem.unauthorized", locales.resolveLocale(request))))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"problem.unauthorized", locales.resolveLocale(request)))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"problem.forbidden", locales.resolveLocale(request))))
			.addFilterAfter(PasswordChangeRequiredFilter.forApi(problems, locales), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The pages. Their sign-in form goes through the same authentication manager as the
	 * API's token endpoint, and so through the same throttle: without naming it here, the
	 * form would get one Spring Security builds of its own from the accounts and the
	 * password encoder, which knows no throttle.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(UNSUBSCRIBE)
			.permitAll()
			.requestMatchers(HttpMethod.POST, OBJECTION_FORM)
			.permitAll()).csrf(csrf -> csrf.ignoringRequestMatchers(UNSUBSCRIBE));
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_READS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(
					form -> form.loginPage("/login").successHandler(successHandler()).failureHandler(failureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.headers(headers -> privacyHeaders(headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))))
			.addFilterAfter(PasswordChangeRequiredFilter.forPages(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * What every answer tells the browser: send no more than the origin to other sites
	 * (no path, which may hold an id), and no camera, microphone, position or payment for
	 * any page (none uses them).
	 */
	private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(
				referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

	/**
	 * After signing in: where the person was going, or the home page; a person whom an
	 * admin sent a reset goes to choose a new password first.
	 */
	private static AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof CurrentUser user && user.passwordChangeRequired()) {
				response.sendRedirect(request.getContextPath() + PasswordChangeRequiredFilter.PAGE);
				return;
			}
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Back to the sign-in page, saying why: a wrong password, too many failures (for how
	 * many more minutes, passed on in the flash attributes), or a disabled account.
	 */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			String reason = "error";
			if (ex instanceof ThrottledAuthenticationProvider.SignInThrottledException locked) {
				FlashMap flash = new FlashMap();
				flash.put("lockedMinutes", locked.minutes());
				flash.setTargetRequestPath(request.getContextPath() + "/login");
				FLASH.saveOutputFlashMap(flash, request, response);
				reason = "locked";
			}
			else if (ex instanceof DisabledException) {
				reason = "disabled";
			}
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

}
