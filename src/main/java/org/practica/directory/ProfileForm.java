package org.practica.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's own profile, as edited on the profile page. Skills are typed as a
 * comma-separated list; the email address may be left blank.
 */
public record ProfileForm(
		@NotBlank(message = "{account.display-name.required}") @Size(max = 100,
				message = "{field.too-long}") String displayName,
		@Size(max = 100, message = "{field.too-long}") String major,
		@Size(max = 400, message = "{field.too-long}") String skills,
		@Size(max = 30, message = "{field.too-long}") String phone,
		@Size(max = EmailAddress.MAX_LENGTH, message = "{field.too-long}") String email) {
}
