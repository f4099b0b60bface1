package org.practica.directory;

import org.practica.support.ProblemResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may read the management endpoints ({@code /actuator}): the health probes (liveness,
 * readiness) answer anyone, for load balancers and orchestrators, saying no more than UP
 * or DOWN; the metrics and the rest need the platform admin's API token. Where
 * {@code management.server.port} puts them on a port of their own (to be reached only
 * from inside, see docs/deploy.md), that port serves them to anyone who reaches it.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain management(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
			LocaleResolver locales, @Value("${management.server.port:-1}") int managementPort,
			@Value("${server.port:8080}") int serverPort) throws Exception {
		RequestMatcher ownPort = request -> managementPort > 0 && managementPort != serverPort
				&& request.getLocalPort() == managementPort;
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(ownPort)
				.permitAll()
				.anyRequest()
				.hasRole(Role.PLATFORM_ADMIN.name()))
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

}
