package org.practica.onestop;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the one-stop community books, reminds and keeps ({@code practica.onestop.*}).
 *
 * @param cancellationCutoff how long before its start a student may still cancel a
 * booking
 * @param noShows the no-shows that bar a student from booking that kind
 * @param noShowWindow the span those no-shows fall in
 * @param noShowBar how long booking that kind stays barred
 * @param remindBefore how long before its start a booking is reminded of
 * @param reminderCheckEvery how often bookings due a reminder are looked for
 * @param noteRetention how long counselling notes are kept
 * @param retentionCron when, each day, notes past their retention are deleted
 * @param consentVersion the version of the counselling consent text students agree to
 * @param smallestCount the smallest counselling count a dashboard shows
 */
@Validated
@ConfigurationProperties("practica.onestop")
record OnestopSettings(@NotNull Duration cancellationCutoff, @Min(1) @Max(100) int noShows,
		@NotNull Duration noShowWindow, @NotNull Duration noShowBar, @NotNull Duration remindBefore,
		@NotNull Duration reminderCheckEvery, @NotNull Duration noteRetention, @NotBlank String retentionCron,
		@NotBlank String consentVersion, @Min(1) int smallestCount) {

	NoShowRule noShowRule() {
		return new NoShowRule(this.noShows, this.noShowWindow, this.noShowBar);
	}

}
