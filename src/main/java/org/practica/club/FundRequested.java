package org.practica.club;

import org.practica.support.Activity;

/**
 * A club officer asked the development fund for money.
 */
public record FundRequested(Long requestId, Long clubId, java.math.BigDecimal amount) implements Activity {

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
		return "requested";
	}

}
