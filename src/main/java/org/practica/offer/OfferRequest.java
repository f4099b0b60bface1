package org.practica.offer;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.listing.ListingRequest;
import org.practica.support.DateRange;

/**
 * An offer as a team leader writes it: the API's body and the page's form.
 */
@DateRange(start = "availableFrom", end = "availableTo")
public record OfferRequest(@NotBlank(message = "{offer.team.required}") String teamId,
		@NotBlank(message = "{offer.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@Size(max = 4000, message = "{field.too-long}") String description,
		@NotEmpty(message = "{offer.directions.required}") @Size(max = 7,
				message = "{field.too-many-tags}") List<String> directions,
		@Size(max = 20, message = "{field.too-many-tags}") List<String> skills,
		@NotNull(message = "{offer.capacity.required}") @Min(value = 1, message = "{offer.capacity.range}") @Max(
				value = 10000, message = "{offer.capacity.range}") Integer capacity,
		@NotNull(message = "{field.start-date.required}") LocalDate availableFrom,
		@NotNull(message = "{field.end-date.required}") LocalDate availableTo,
		@DecimalMin(value = "-90", message = "{field.latitude}") @DecimalMax(value = "90",
				message = "{field.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{field.longitude}") @DecimalMax(value = "180",
				message = "{field.longitude}") Double longitude,
		@DecimalMin(value = "0.1", message = "{offer.radius.range}") @DecimalMax(value = "2000",
				message = "{offer.radius.range}") Double radiusKm)
		implements
			ListingRequest {

	static final double DEFAULT_RADIUS_KM = 20;

	/** The form of a new offer, of the team when there is only one to choose. */
	static OfferRequest blank(String teamId) {
		return new OfferRequest(teamId, null, null, List.of(), List.of(), 10, null, null, null, null,
				DEFAULT_RADIUS_KM);
	}

	/** The form of an existing offer. */
	static OfferRequest of(Offer o) {
		return new OfferRequest(o.getTeamId().toString(), o.getTitle(), o.getDescription(), o.getDirections(),
				o.getSkills(), o.getCapacity(), o.getAvailableFrom(), o.getAvailableTo(), o.getLatitude(),
				o.getLongitude(), o.getRadiusKm());
	}

	@Override
	public String organisationId() {
		return this.teamId;
	}

	@Override
	public LocalDate startDate() {
		return this.availableFrom;
	}

	@Override
	public LocalDate endDate() {
		return this.availableTo;
	}

}
