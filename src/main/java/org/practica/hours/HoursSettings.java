package org.practica.hours;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How hours are counted ({@code practica.hours.*}).
 *
 * @param step check-out hours are rounded down to this many hours
 * @param backfillCapPerYear the most hours a student may back-fill in a calendar year
 * @param plausiblePerDay the most hours anyone plausibly serves in one day: an entry with
 * more is flagged in the verifiers' queue
 */
@Validated
@ConfigurationProperties("practica.hours")
record HoursSettings(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal step,
		@NotNull @DecimalMin("0") BigDecimal backfillCapPerYear,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal plausiblePerDay) {
}
