package org.practica.need;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.listing.ListingRequest;
import org.practica.support.DateRange;

/**
 * A need as a community admin writes it: the API's body and the page's form.
 */
@DateRange(start = "startDate", end = "endDate")
public record NeedRequest(@NotBlank(message = "{need.community.required}") String communityId,
		@NotBlank(message = "{need.title.required}") @Size(max = 200, message = "{field.too-long}") String title,
		@Size(max = 4000, message = "{field.too-long}") String description,
		@NotBlank(message = "{need.direction.required}") String direction,
		@Size(max = 20, message = "{field.too-many-tags}") List<String> skills,
		@Size(max = 300, message = "{field.too-long}") String address,
		@DecimalMin(value = "-90", message = "{field.latitude}") @DecimalMax(value = "90",
				message = "{field.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{field.longitude}") @DecimalMax(value = "180",
				message = "{field.longitude}") Double longitude,
		@NotNull(message = "{field.start-date.required}") LocalDate startDate,
		@NotNull(message = "{field.end-date.required}") LocalDate endDate,
		@NotNull(message = "{need.headcount.required}") @Min(value = 1, message = "{need.headcount.range}") @Max(
				value = 10000, message = "{need.headcount.range}") Integer headcount)
		implements
			ListingRequest {

	/** The form of a new need, of the community when there is only one to choose. */
	static NeedRequest blank(String communityId) {
		return new NeedRequest(communityId, null, null, null, List.of(), null, null, null, null, null, 1);
	}

	/** The form of an existing need. */
	static NeedRequest of(Need n) {
		return new NeedRequest(n.getCommunityId().toString(), n.getTitle(), n.getDescription(), n.getDirection(),
				n.getSkills(), n.getAddress(), n.getLatitude(), n.getLongitude(), n.getStartDate(), n.getEndDate(),
				n.getHeadcount());
	}

	@Override
	public String organisationId() {
		return this.communityId;
	}

}
