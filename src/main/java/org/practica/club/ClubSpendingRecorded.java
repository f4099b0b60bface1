package org.practica.club;

import org.practica.support.Activity;

/**
 * A club recorded spending against a granted request, with a receipt; a line of the
 * spending ledger.
 */
public record ClubSpendingRecorded(Long seq, Long clubId, Long requestId,
		java.math.BigDecimal amount) implements Activity {

	@Override
	public String subjectType() {
		return "club-spending";
	}

	@Override
	public Long subjectId() {
		return this.seq;
	}

	@Override
	public String action() {
		return "recorded";
	}

}
