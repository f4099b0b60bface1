package org.practica.club;

import org.practica.support.Activity;

/**
 * A change of a club's name or charter was approved: the club shows it from now.
 */
public record ClubChangeApproved(Long clubId, Long versionId) implements Activity {

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
		return "change-approved";
	}

}
