package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.practica.support.Activity;

/**
 * An entry was disputed, with a reason; it does not count.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 * @param workDate the day served
 * @param hours its hours
 * @param reason why it was disputed, as given
 */
public record HoursEntryDisputed(Long entryId, Long studentId, Long projectId, LocalDate workDate, BigDecimal hours,
		String reason) implements Activity {

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
		return "disputed";
	}

}
