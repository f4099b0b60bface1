package org.practica.support;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Events between modules ({@code practica.events.*}).
 *
 * @param resubmitEvery how often failed deliveries of events are tried again (read by
 * {@link EventRedelivery}'s schedule)
 */
@Validated
@ConfigurationProperties("practica.events")
record EventSettings(@NotNull Duration resubmitEvery) {

	EventSettings {
		if (resubmitEvery != null && (resubmitEvery.isNegative() || resubmitEvery.isZero())) {
			throw new IllegalArgumentException("practica.events.resubmit-every must be longer than zero");
		}
	}

}
