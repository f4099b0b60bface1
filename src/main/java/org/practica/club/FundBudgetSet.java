package org.practica.club;

import org.practica.support.Activity;

/**
 * A university set its development fund's budget for a year.
 */
public record FundBudgetSet(Long universityId, int year, java.math.BigDecimal budget) implements Activity {

	@Override
	public String subjectType() {
		return "fund-budget";
	}

	@Override
	public Long subjectId() {
		return this.universityId;
	}

	@Override
	public String action() {
		return "set";
	}

}
