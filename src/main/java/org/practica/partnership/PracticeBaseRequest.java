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
public record PracticeBaseRequest(@NotBlank String agreementId,
		@NotBlank @Size(max = PracticeBase.NAME_MAX, message = "{practice-base.name.too-long}") String name,
		@NotBlank @Size(max = PracticeBase.ADDRESS_MAX, message = "{practice-base.address.too-long}") String address,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
		@NotNull @Min(1) @Max(100000) Integer capacity,
		@Size(max = PracticeBase.CONTACT_MAX, message = "{practice-base.contact.too-long}") String contact) {
}
