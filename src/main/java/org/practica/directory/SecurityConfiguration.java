package org.practica.directory;

import java.util.Map;

import org.practica.support.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what. The JSON API takes bearer tokens and answers refusals with problem
 * details; the pages use form sign-in with a session (kept in the database, so any
 * instance serves any request) and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/login", "/locale", "/error", "/needs", "/needs/{id:\\d+}", "/offers",
			"/offers/{id:\\d+}", "/verify/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * A notice mail's unsubscribe link: public, and posted without a CSRF token by mail
	 * programs' one-click unsubscribe (RFC 8058); its signed token is what protects it.
	 */
	static final String UNSUBSCRIBE = "/unsubscribe/*";

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
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, LocaleResolver locales)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/verify/**", "/api/v1/directions", "/api/v1/needs",
						"/api/v1/needs/*", "/api/v1/offers", "/api/v1/offers/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.disable())
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
						"problem.forbidden", locales.resolveLocale(request))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(UNSUBSCRIBE).permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(UNSUBSCRIBE));
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			String reason = ex instanceof ThrottledAuthenticationProvider.SignInThrottledException ? "locked" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

}
