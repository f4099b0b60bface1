package org.practica.project;

import org.practica.support.Activity;

/**
 * A community or a team said it wants a need and an offer paired in the fair (a project
 * follows once both sides have). It carries what the other side is told: the titles and
 * the names, where each side sits in its tree, and who said it.
 *
 * @param interestId the interest
 * @param needId the need
 * @param offerId the offer
 * @param fromCommunity whether the need's community said so now
 * @param fromTeam whether the offer's team said so now (both, when one person manages
 * both sides)
 * @param mutual whether both sides have now said so: the project is created
 * @param needTitle the need's title
 * @param offerTitle the offer's title
 * @param communityName the need's community
 * @param teamName the offer's team
 * @param communityPath the community's path, whose admins hear of a team's interest
 * @param teamPath the team's path, whose leaders hear of a community's interest
 * @param markedBy the account that said so, which is not told of its own interest
 */
public record InterestMarked(Long interestId, Long needId, Long offerId, boolean fromCommunity, boolean fromTeam,
		boolean mutual, String needTitle, String offerTitle, String communityName, String teamName,
		String communityPath, String teamPath, Long markedBy) implements Activity {

	@Override
	public String subjectType() {
		return "interest";
	}

	@Override
	public Long subjectId() {
		return this.interestId;
	}

	@Override
	public String action() {
		return this.fromCommunity ? "interest-from-community" : "interest-from-team";
	}

}
