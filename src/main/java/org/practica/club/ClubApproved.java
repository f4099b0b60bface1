package org.practica.club;

import org.practica.support.Activity;

/**
 * A university admin approved a new club: its public notice runs until
 * {@code noticeEndsAt}.
 */
public record ClubApproved(Long clubId, Long universityId, String name,
		java.time.Instant noticeEndsAt) implements Activity {

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
		return "approved";
	}

}
