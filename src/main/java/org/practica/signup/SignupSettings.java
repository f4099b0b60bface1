package org.practica.signup;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-up rules ({@code practica.signups.*}).
 *
 * @param cancellationCutoff how long before its start a student may still cancel a
 * sign-up
 */
@Validated
@ConfigurationProperties("practica.signups")
record SignupSettings(@NotNull @DurationMin(seconds = 0) Duration cancellationCutoff) {
}
