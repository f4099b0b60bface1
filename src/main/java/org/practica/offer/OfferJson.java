package org.practica.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.practica.support.Ids.text;

/**
 * An offer as the API shows it.
 */
record OfferJson(String id, String teamId, String title, String description, List<String> directions,
		List<String> skills, int capacity, LocalDate availableFrom, LocalDate availableTo, Double latitude,
		Double longitude, double radiusKm, String status, Instant publishedAt) {

	static OfferJson of(Offer o) {
		return new OfferJson(text(o.getId()), text(o.getTeamId()), o.getTitle(), o.getDescription(), o.getDirections(),
				o.getSkills(), o.getCapacity(), o.getAvailableFrom(), o.getAvailableTo(), o.getLatitude(),
				o.getLongitude(), o.getRadiusKm(), o.getStatus().name(), o.getPublishedAt());
	}

}
