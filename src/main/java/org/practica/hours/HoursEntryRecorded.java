package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An hours entry was recorded, pending verification: from a check-out, a back-fill or a
 * correction.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 * @param source where it came from
 * @param workDate the day served
 * @param hours its hours
 */
public record HoursEntryRecorded(Long entryId, Long studentId, Long projectId, HoursSource source, LocalDate workDate,
		BigDecimal hours) implements HoursActivity {

	static HoursEntryRecorded of(HoursEntry entry) {
		return new HoursEntryRecorded(entry.getId(), entry.getStudentId(), entry.getProjectId(), entry.getSource(),
				entry.getWorkDate(), entry.getHours());
	}

	@Override
	public String action() {
		return "recorded";
	}

}
