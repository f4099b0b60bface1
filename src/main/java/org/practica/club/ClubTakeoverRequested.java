package org.practica.club;

import org.practica.support.Activity;

/**
 * A student asked to take over a dormant club.
 */
public record ClubTakeoverRequested(Long clubId, Long takeoverId, Long requesterId) implements Activity {

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
		return "takeover-requested";
	}

}
