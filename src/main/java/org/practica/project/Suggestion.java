package org.practica.project;

import java.util.List;

/**
 * A counterpart suggested for a need or an offer, with its score and why.
 *
 * @param counterpartId the suggested offer (for a need) or need (for an offer)
 * @param score 0–100
 * @param reasons each factor's part of the score
 */
public record Suggestion(long counterpartId, int score, List<Reason> reasons) {

	/**
	 * One factor's part of a score.
	 *
	 * @param factor DIRECTION, SKILLS, DISTANCE, DATES or CAPACITY
	 * @param score the points it gave
	 * @param messageKey the message that explains it
	 * @param arguments the message's arguments
	 */
	public record Reason(String factor, double score, String messageKey, Object... arguments) {
	}

}
