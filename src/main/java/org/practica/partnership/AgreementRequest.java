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
public record AgreementRequest(@NotNull(message = "{agreement.kind.required}") AgreementKind kind,
		@NotBlank(message = "{agreement.university-side.required}") String universitySideId,
		@NotBlank(message = "{agreement.local-side.required}") String localSideId,
		@NotBlank(message = "{agreement.title.required}") @Size(max = 200,
				message = "{agreement.title.too-long}") String title,
		@NotNull(message = "{agreement.starts.required}") LocalDate startsOn,
		@NotNull(message = "{agreement.ends-on.required}") LocalDate endsOn) {
}
