package org.practica.listing;

import java.time.LocalDate;
import java.util.List;

/**
 * What every listing's request says, whatever its own fields are called.
 */
public interface ListingRequest {

	/** The owning organisation's id, as the caller sent it. */
	String organisationId();

	String title();

	String description();

	List<String> skills();

	Double latitude();

	Double longitude();

	LocalDate startDate();

	LocalDate endDate();

}
