package org.practica.directory;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password reset links ({@code practica.password-reset.*}).
 *
 * @param lifetime how long a link sets a password
 * @param minInterval how soon after one link a person may ask for the next: asking again
 * sooner sends nothing, so nobody can flood someone's mailbox
 */
@Validated
@ConfigurationProperties("practica.password-reset")
record PasswordResetSettings(@DefaultValue("30m") @NotNull @DurationMin(minutes = 1) Duration lifetime,
		@DefaultValue("1m") @NotNull @DurationMin(seconds = 0) Duration minInterval) {
}
