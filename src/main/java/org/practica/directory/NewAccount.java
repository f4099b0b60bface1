package org.practica.directory;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an account; students also bring their profile. The email
 * address is optional.
 */
public record NewAccount(
		@NotBlank(message = "{account.username.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.password.required}") @Size(min = 8, max = 100,
				message = "{account.password.size}") String password,
		@NotBlank(message = "{account.display-name.required}") @Size(max = 100,
				message = "{field.too-long}") String displayName,
		@NotNull(message = "{account.role.required}") Role role, String organisationId,
		@Size(max = 40, message = "{field.too-long}") String studentNumber,
		@Size(max = 100, message = "{field.too-long}") String major, List<String> skills,
		@Size(max = 30, message = "{field.too-long}") String phone,
		@Size(max = EmailAddress.MAX_LENGTH, message = "{field.too-long}") String email) {

	/** An account without an email address. */
	public NewAccount(String username, String password, String displayName, Role role, String organisationId,
			String studentNumber, String major, List<String> skills, String phone) {
		this(username, password, displayName, role, organisationId, studentNumber, major, skills, phone, null);
	}

}
