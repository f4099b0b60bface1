package org.practica.project;

import org.practica.support.Activity;

/**
 * The fair's team matching proposed pairs of needs and offers in a campaign (an
 * organisation's subtree).
 */
public record FairProposalsMade(Long campaignId, int proposals) implements Activity {

	@Override
	public String subjectType() {
		return "fair-proposal";
	}

	@Override
	public Long subjectId() {
		return this.campaignId;
	}

	@Override
	public String action() {
		return "proposed";
	}

}
