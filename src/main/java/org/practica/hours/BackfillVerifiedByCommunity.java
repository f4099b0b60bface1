package org.practica.hours;

import org.practica.support.Activity;

/**
 * The community verified a back-fill; it now waits for the approval of the student's
 * university and does not count yet.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 */
public record BackfillVerifiedByCommunity(Long entryId, Long studentId, Long projectId) implements Activity {

	@Override
	public String subjectType() {
		return "hours";
	}

	@Override
	public Long subjectId() {
		return this.entryId;
	}

	@Override
	public String action() {
		return "verified";
	}

}
