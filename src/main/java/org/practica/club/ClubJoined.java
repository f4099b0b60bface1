package org.practica.club;

import org.practica.support.Activity;

/**
 * A student joined a club, or applied to one that approves its members.
 */
public record ClubJoined(Long clubId, Long accountId, ClubMember.Status status) implements Activity {

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
		return "member-joined";
	}

}
