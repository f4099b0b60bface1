package org.practica.club;

import org.practica.support.Activity;

/**
 * The federation decided a request to take over a dormant club; approved, the requester
 * is its president.
 */
public record ClubTakeoverDecided(Long clubId, Long takeoverId, Long requesterId,
		boolean approved) implements Activity {

	@Override
	public String subjectType() {
		return "club";
	}

	@Override
	public Long subjectId() {
		return this.clubId;
	}

	@Override
	public String action() {
		return "takeover-decided";
	}

}
