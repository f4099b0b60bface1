package org.practica.club;

import org.practica.support.Activity;

/**
 * A dormant club was proposed for cancellation: its public notice runs until the given
 * time.
 */
public record ClubProposedForCancellation(Long clubId, Long universityId, Long noticeId,
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
		return "proposed-for-cancellation";
	}

}
