package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.practica.support.Activity;

/**
 * A volunteer asked for an hours entry to be corrected, or missing hours recorded.
 *
 * @param requestId the request
 * @param studentId the volunteer
 * @param communityPath the project's community, whose admins answer it
 * @param workDate the day served
 * @param hours the hours asked for
 * @param dueOn the last day of the community's answer
 */
public record CorrectionRequested(Long requestId, Long studentId, String communityPath, LocalDate workDate,
		BigDecimal hours, LocalDate dueOn) implements Activity {

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
		return "requested";
	}

}
