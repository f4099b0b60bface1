package org.practica.award;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the records say of a nominee for a call: the evidence, each rule checked, and the
 * verified hours in the call's year.
 *
 * @param evidence the evidence, in order
 * @param checks every rule of the call, held or not
 * @param verifiedHours the verified hours in the year (0 where hours do not apply)
 */
record Assessment(List<Evidence> evidence, List<RuleCheck> checks, BigDecimal verifiedHours) {

	public boolean eligible() {
		return this.checks.stream().allMatch(RuleCheck::isHolds);
	}

	public List<RuleCheck> failed() {
		return this.checks.stream().filter(c -> !c.isHolds()).toList();
	}

}
