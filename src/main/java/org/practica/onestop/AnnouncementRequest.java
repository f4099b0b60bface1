package org.practica.onestop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An announcement to an organisation's students, or one residence hall's. */
public record AnnouncementRequest(@NotBlank String organisationId, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 5000) String body, String hallId) {
}
