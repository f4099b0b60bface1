package org.practica.partnership;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A practice base to open.
 *
 * @param agreementId the agreement it is opened under
 * @param name its name
 * @param address its address
 * @param latitude its latitude in degrees
 * @param longitude its longitude in degrees
 * @param capacity how many students it takes at once
 * @param contact who to contact there, optional
 */
public record PracticeBaseRequest(@NotBlank(message = "{practice-base.agreement.required}") String agreementId,
		@NotBlank(message = "{practice-base.name.required}") @Size(max = PracticeBase.NAME_MAX,
				message = "{practice-base.name.too-long}") String name,
		@NotBlank(message = "{practice-base.address.required}") @Size(max = PracticeBase.ADDRESS_MAX,
				message = "{practice-base.address.too-long}") String address,
		@NotNull(message = "{practice-base.position.required}") @DecimalMin(value = "-90",
				message = "{field.latitude}") @DecimalMax(value = "90", message = "{field.latitude}") Double latitude,
		@NotNull(message = "{practice-base.position.required}") @DecimalMin(value = "-180",
				message = "{field.longitude}") @DecimalMax(value = "180",
						message = "{field.longitude}") Double longitude,
		@NotNull(message = "{practice-base.capacity.range}") @Min(value = 1,
				message = "{practice-base.capacity.range}") @Max(value = 100000,
						message = "{practice-base.capacity.range}") Integer capacity,
		@Size(max = PracticeBase.CONTACT_MAX, message = "{practice-base.contact.too-long}") String contact) {
}
