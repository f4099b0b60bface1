package org.practica.club;

import org.practica.support.Activity;

/**
 * A membership ended: left, removed, graduated or declined.
 */
public record ClubMembershipEnded(Long clubId, Long accountId, ClubMember.EndReason reason) implements Activity {

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
		return "member-ended";
	}

}
