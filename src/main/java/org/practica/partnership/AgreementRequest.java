package org.practica.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new agreement.
 *
 * @param kind what it sets up
 * @param universitySideId the university or college
 * @param localSideId the district, street or community
 * @param title its title
 * @param startsOn the first day
 * @param endsOn the last day, after the first
 */
public record AgreementRequest(@NotNull AgreementKind kind, @NotBlank String universitySideId,
		@NotBlank String localSideId, @NotBlank @Size(max = 200, message = "{agreement.title.too-long}") String title,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
}
