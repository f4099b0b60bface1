package org.practica.club;

import org.practica.support.Activity;

/**
 * A reviewer decided on a fund request at one stage: the amount and comment are kept.
 */
public record FundRequestReviewed(Long requestId, Long clubId, ReviewStage stage, ReviewDecision decision,
		java.math.BigDecimal amount) implements Activity {

	@Override
	public String subjectType() {
		return "fund-request";
	}

	@Override
	public Long subjectId() {
		return this.requestId;
	}

	@Override
	public String action() {
		return "reviewed";
	}

}
