package org.practica.support;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The clock every module reads the time from, in the platform's zone, and the auditing
 * that stamps who changed an entity, and when by that clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime")
class PersistenceConfiguration {

	@Bean
	Clock clock(PlatformSettings settings) {
		return Clock.system(settings.zone());
	}

	@Bean
	DateTimeProvider auditingTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

	@Bean
	AuditorAware<String> auditor() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()) {
				return Optional.of("system");
			}
			return Optional.of(authentication.getName());
		};
	}

}
