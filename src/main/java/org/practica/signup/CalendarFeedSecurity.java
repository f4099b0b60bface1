package org.practica.signup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds are read without a session: calendar apps cannot sign in, and the secret
 * in the address is what admits them (a wrong one is 404). Nothing else lives under
 * {@code /calendar/}, and it answers GET only.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/calendar/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
