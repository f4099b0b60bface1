package org.practica.onestop;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A slot to publish: one-to-one (capacity 1) or a group session, repeating weekly for
 * {@code repeatWeeks} more weeks when given, with the provider's buffer around it and the
 * notice bookings need.
 */
public record SlotRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
		@NotNull @Min(1) @Max(500) Integer capacity, @NotBlank String providerId, @Min(0) @Max(52) Integer repeatWeeks,
		@Min(0) @Max(240) Integer bufferMinutes, @Min(0) @Max(20160) Integer noticeMinutes) {

	int weeks() {
		return this.repeatWeeks == null ? 0 : this.repeatWeeks;
	}

	int buffer() {
		return this.bufferMinutes == null ? 0 : this.bufferMinutes;
	}

	int notice() {
		return this.noticeMinutes == null ? 60 : this.noticeMinutes;
	}

}
