package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

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
		String reason) implements HoursActivity {

	@Override
	public String action() {
		return "disputed";
	}

}
