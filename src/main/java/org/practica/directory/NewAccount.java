package org.practica.directory;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an account; students also bring their profile.
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
		@Size(max = 30, message = "{field.too-long}") String phone) {
}
