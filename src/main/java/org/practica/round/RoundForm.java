package org.practica.round;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practica.support.DateRange;

/**
 * A round as the page's form takes it: local date and time, in the deployment's time
 * zone.
 */
@DateRange(start = "opensAt", end = "closesAt", strict = true, message = "{round.closes-before-opens}")
record RoundForm(
		@NotBlank(message = "{round.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@NotBlank(message = "{round.organisation.required}") String organisationId,
		@NotEmpty(message = "{round.shifts.required}") List<String> shiftIds,
		@NotNull(message = "{round.max-choices.range}") @Min(value = 1, message = "{round.max-choices.range}") @Max(
				value = 20, message = "{round.max-choices.range}") Integer maxChoices,
		@NotNull(message = "{round.opens-at.required}") LocalDateTime opensAt,
		@NotNull(message = "{round.closes-at.required}") LocalDateTime closesAt) {

	RoundRequest toRequest(ZoneId zone) {
		return new RoundRequest(this.title, this.organisationId, this.shiftIds, this.maxChoices,
				this.opensAt.atZone(zone).toOffsetDateTime(), this.closesAt.atZone(zone).toOffsetDateTime());
	}

}
