package org.practica.directory;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and API tokens ({@code practica.admin-password},
 * {@code practica.api-token-lifetime}, {@code practica.bcrypt-strength}).
 *
 * @param adminPassword the first start's admin password; when blank, one is generated and
 * printed once
 * @param apiTokenLifetime how long an API token is accepted
 * @param bcryptStrength the password hashing's cost
 */
@Validated
@ConfigurationProperties("practica")
record AccountSettings(String adminPassword, @NotNull @DurationMin(seconds = 1) Duration apiTokenLifetime,
		@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {
}
