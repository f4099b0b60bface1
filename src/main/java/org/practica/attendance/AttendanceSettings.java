package org.practica.attendance;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The window around a shift in which students check in and out
 * ({@code practica.attendance.*}).
 *
 * @param checkInOpensBefore how long before the start check-in opens
 * @param checkOutClosesAfter how long after the end check-out stays open
 */
@Validated
@ConfigurationProperties("practica.attendance")
record AttendanceSettings(@NotNull @DurationMin(seconds = 0) Duration checkInOpensBefore,
		@NotNull @DurationMin(seconds = 0) Duration checkOutClosesAfter) {
}
