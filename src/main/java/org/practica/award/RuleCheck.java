package org.practica.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One eligibility rule checked for a nominee: whether it holds, the nominee's figure and
 * the call's threshold. Shown as {@code award.rule.<rule>.holds} or {@code .fails} with
 * the two, such as "19.5 < 20 hours".
 */
@Embeddable
public class RuleCheck {

	@Column(nullable = false)
	private String rule;

	@Column(nullable = false)
	private boolean holds;

	@Column(nullable = false)
	private String figure;

	@Column(nullable = false)
	private String threshold;

	protected RuleCheck() {
	}

	RuleCheck(String rule, boolean holds, String figure, String threshold) {
		this.rule = rule;
		this.holds = holds;
		this.figure = figure;
		this.threshold = threshold;
	}

	public String getRule() {
		return this.rule;
	}

	public boolean isHolds() {
		return this.holds;
	}

	public String getFigure() {
		return this.figure;
	}

	public String getThreshold() {
		return this.threshold;
	}

	/** The message key that says why: the rule and whether it held. */
	public String getMessageKey() {
		return "award.rule." + this.rule + (this.holds ? ".holds" : ".fails");
	}

	public Object[] getArguments() {
		return new Object[] { this.figure, this.threshold };
	}

}
