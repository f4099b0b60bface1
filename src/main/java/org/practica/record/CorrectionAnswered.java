package org.practica.record;

import java.math.BigDecimal;

import org.practica.support.Activity;

/**
 * A correction request was answered.
 *
 * @param requestId the request
 * @param studentId the volunteer
 * @param answer how
 * @param hours the hours recorded, when corrected or back-filled
 * @param reason the reason given, when refused
 */
public record CorrectionAnswered(Long requestId, Long studentId, CorrectionAnswer answer, BigDecimal hours,
		String reason) implements Activity {

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
		return "answered-" + this.answer.name().toLowerCase(java.util.Locale.ROOT);
	}

}
