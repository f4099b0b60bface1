package org.practica.club;

import org.practica.support.Activity;

/**
 * A club was cancelled, with a reason; it is archived, never deleted.
 *
 * @param clubId the club
 * @param reason why
 * @param officers the accounts that held an office in it until then (its memberships
 * ended with it)
 */
public record ClubCancelled(Long clubId, String reason, java.util.List<Long> officers) implements Activity {

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
