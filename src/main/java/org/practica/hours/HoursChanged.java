package org.practica.hours;

import org.practica.support.Activity;

/**
 * An hours entry was recorded, verified, disputed or superseded.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 * @param status its status now
 * @param action what happened
 */
public record HoursChanged(Long entryId, Long studentId, Long projectId, HoursStatus status,
		String action) implements Activity {

	@Override
	public String subjectType() {
		return "hours";
	}

	@Override
	public Long subjectId() {
		return this.entryId;
	}

}
