package org.practica.directory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an organisation; the API's request body and the page's form.
 */
public record NewOrganisation(
		@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{field.too-long}") String name,
		@NotNull(message = "{organisation.kind.required}") OrganisationKind kind, String parentId,
		@Size(max = 300, message = "{field.too-long}") String address,
		@DecimalMin(value = "-90", message = "{field.latitude}") @DecimalMax(value = "90",
				message = "{field.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{field.longitude}") @DecimalMax(value = "180",
				message = "{field.longitude}") Double longitude) {
}
