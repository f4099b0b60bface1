package org.practica.club;

import java.time.Duration;
import java.time.Month;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How clubs are registered and run ({@code practica.clubs.*}).
 *
 * @param minFounders the fewest founders an application names
 * @param probation how long a new club is on probation after its notice
 * @param schoolYearStartMonth the month the school year starts in: graduated students'
 * memberships end then
 * @param schoolYearStartDay the day of that month
 */
@Validated
@ConfigurationProperties("practica.clubs")
record ClubSettings(@Min(1) @Max(100) int minFounders, @NotNull Duration probation, @NotNull Month schoolYearStartMonth,
		@Min(1) @Max(28) int schoolYearStartDay) {
}
