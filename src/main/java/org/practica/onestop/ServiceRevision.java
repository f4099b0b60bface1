package org.practica.onestop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service's new title, location and residence hall (none: open to all the
 * organisation's students); its organisation and kind stay.
 */
public record ServiceRevision(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String location,
		String hallId) {
}
