package org.practica.club;

import org.practica.support.Activity;

/**
 * A club was cancelled, with a reason; it is archived, never deleted.
 */
public record ClubCancelled(Long clubId, String reason) implements Activity {

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
		return "cancelled";
	}

}
