package org.practica.club;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application to found a club, or a changed version of one.
 *
 * @param universityId the university
 * @param name the club's name, unique in the university
 * @param category one of the six categories
 * @param purpose what it is for
 * @param charter its charter, every part of the template filled in
 * @param founderIds the founding students (the applicant counts among them)
 * @param instructorIds the staff asked to instruct it
 */
public record ClubApplication(@NotBlank(message = "{club.university.required}") String universityId,
		@NotBlank(message = "{club.name.required}") @Size(max = 100, message = "{club.name.too-long}") String name,
		@NotNull(message = "{club.category.required}") ClubCategory category,
		@NotBlank(message = "{club.purpose.required}") @Size(max = 2000,
				message = "{club.purpose.too-long}") String purpose,
		@NotNull(message = "{club.charter.required}") @Valid Charter charter, List<String> founderIds,
		List<String> instructorIds) {
}
