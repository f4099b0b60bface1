package org.practica.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin over a person may change of their account. The email and phone may be
 * blank (none); {@code enabled} left out ({@code null}) keeps the account as it is.
 */
public record AccountEdit(
		@NotBlank(message = "{account.display-name.required}") @Size(max = 100,
				message = "{field.too-long}") String displayName,
		@Size(max = EmailAddress.MAX_LENGTH, message = "{field.too-long}") String email,
		@Size(max = 30, message = "{field.too-long}") String phone, Boolean enabled) {
}
