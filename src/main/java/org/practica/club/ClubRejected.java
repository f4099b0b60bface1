package org.practica.club;

import org.practica.support.Activity;

/**
 * A reviewer rejected an application or a change, or an objection to a new club was
 * upheld.
 */
public record ClubRejected(Long clubId, String reason) implements Activity {

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
		return "rejected";
	}

}
