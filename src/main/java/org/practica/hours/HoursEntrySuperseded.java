package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A correction took an entry's place. When the entry was VERIFIED ({@code counted}), its
 * hours stop counting; like {@link HoursEntryVerified} it is published inside the
 * transaction, under the ledger's lock.
 *
 * @param entryId the superseded entry
 * @param correctionId the new, pending entry that replaces it
 * @param studentId its student
 * @param projectId its project
 * @param workDate the day served
 * @param hours the superseded entry's hours
 * @param studentPath the student's college (or other organisation)
 * @param communityPath the project's community
 * @param teamPath the project's team, if any
 * @param counted whether its hours counted until now
 */
public record HoursEntrySuperseded(Long entryId, Long correctionId, Long studentId, Long projectId, LocalDate workDate,
		BigDecimal hours, String studentPath, String communityPath, String teamPath,
		boolean counted) implements HoursActivity {

	@Override
	public String action() {
		return "superseded";
	}

}
