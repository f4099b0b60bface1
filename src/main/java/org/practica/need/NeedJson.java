package org.practica.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.practica.support.Ids.text;

/**
 * A need as the API shows it.
 */
record NeedJson(String id, String communityId, String title, String description, String direction, List<String> skills,
		String address, Double latitude, Double longitude, LocalDate startDate, LocalDate endDate, int headcount,
		String status, Instant publishedAt) {

	static NeedJson of(Need n) {
		return new NeedJson(text(n.getId()), text(n.getCommunityId()), n.getTitle(), n.getDescription(),
				n.getDirection(), n.getSkills(), n.getAddress(), n.getLatitude(), n.getLongitude(), n.getStartDate(),
				n.getEndDate(), n.getHeadcount(), n.getStatus().name(), n.getPublishedAt());
	}

}
