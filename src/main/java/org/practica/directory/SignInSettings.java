package org.practica.directory;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How repeated failed sign-ins are slowed down and refused ({@code practica.sign-in.*}).
 *
 * @param maxFailuresPerUser failures for one username within the window before it is
 * locked
 * @param maxFailuresPerAddress failures from one address within the window before it is
 * locked
 * @param window how far back failures count
 * @param lock how long a lock lasts
 */
@Validated
@ConfigurationProperties("practica.sign-in")
record SignInSettings(@Positive int maxFailuresPerUser, @Positive int maxFailuresPerAddress,
		@NotNull @DurationMin(seconds = 1) Duration window, @NotNull @DurationMin(seconds = 1) Duration lock) {
}
