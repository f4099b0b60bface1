package org.practica.record;

import org.practica.support.Activity;

/**
 * A correction request unanswered past its deadline was raised to the street or district
 * above the community.
 *
 * @param requestId the request
 * @param studentId the volunteer
 * @param escalatedTo the path of the organisation it was raised to
 */
public record CorrectionEscalated(Long requestId, Long studentId, String escalatedTo) implements Activity {

	@Override
	public String subjectType() {
		return "correction-request";
	}

	@Override
	public Long subjectId() {
		return this.requestId;
	}

	@Override
	public String action() {
		return "escalated";
	}

}
