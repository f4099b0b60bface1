package org.practica.round;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practica.support.DateRange;

/**
 * A round as a university or district admin opens it.
 */
@DateRange(start = "opensAt", end = "closesAt", strict = true, message = "{round.closes-before-opens}")
public record RoundRequest(
		@NotBlank(message = "{round.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@NotBlank(message = "{round.organisation.required}") String organisationId,
		@NotEmpty(message = "{round.shifts.required}") @Size(max = 500,
				message = "{round.shifts.too-many}") List<String> shiftIds,
		@NotNull(message = "{round.max-choices.range}") @Min(value = 1, message = "{round.max-choices.range}") @Max(
				value = 20, message = "{round.max-choices.range}") Integer maxChoices,
		@NotNull(message = "{round.opens-at.required}") OffsetDateTime opensAt,
		@NotNull(message = "{round.closes-at.required}") OffsetDateTime closesAt) {

}
