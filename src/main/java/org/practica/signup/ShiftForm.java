package org.practica.signup;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.support.DateRange;

/**
 * A shift as the page's form takes it: local date and time, in the deployment's time
 * zone.
 */
@DateRange(start = "startsAt", end = "endsAt", strict = true, message = "{shift.ends-before-start}")
record ShiftForm(
		@NotBlank(message = "{shift.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@NotNull(message = "{shift.starts-at.required}") LocalDateTime startsAt,
		@NotNull(message = "{shift.ends-at.required}") LocalDateTime endsAt,
		@NotNull(message = "{shift.capacity.required}") @Min(value = 1, message = "{shift.capacity.range}") @Max(
				value = 10000, message = "{shift.capacity.range}") Integer capacity,
		@Size(max = 300, message = "{field.too-long}") String address) {

	ShiftRequest toRequest(ZoneId zone) {
		return new ShiftRequest(this.title, this.startsAt.atZone(zone).toOffsetDateTime(),
				this.endsAt.atZone(zone).toOffsetDateTime(), this.capacity, this.address, null, null);
	}

}
