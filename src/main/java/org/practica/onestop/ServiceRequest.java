package org.practica.onestop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service to offer: the university or college that offers it (and whose students it is
 * open to), optionally only to one residence hall's residents.
 */
public record ServiceRequest(@NotBlank String organisationId, @NotNull ServiceKind kind,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String location, String hallId) {
}
