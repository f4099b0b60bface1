package org.practica.signup;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.support.DateRange;

/**
 * A shift as its project's team leader or community admin writes it.
 */
@DateRange(start = "startsAt", end = "endsAt", strict = true, message = "{shift.ends-before-start}")
public record ShiftRequest(
		@NotBlank(message = "{shift.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@NotNull(message = "{shift.starts-at.required}") OffsetDateTime startsAt,
		@NotNull(message = "{shift.ends-at.required}") OffsetDateTime endsAt,
		@NotNull(message = "{shift.capacity.required}") @Min(value = 1, message = "{shift.capacity.range}") @Max(
				value = 10000, message = "{shift.capacity.range}") Integer capacity,
		@Size(max = 300, message = "{field.too-long}") String address,
		@DecimalMin(value = "-90", message = "{field.latitude}") @DecimalMax(value = "90",
				message = "{field.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{field.longitude}") @DecimalMax(value = "180",
				message = "{field.longitude}") Double longitude) {

}
