package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry is VERIFIED: its hours count from now on (an attendance entry once the
 * community verified it, a back-fill once the university approved it too).
 * <p>
 * Published inside the transaction of the change, after the change's ledger line is
 * written, that is while the transaction holds the ledger's lock: a synchronous listener
 * keeps figures derived from verified hours exact at every commit and sees the changes
 * one transaction at a time.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 * @param workDate the day served
 * @param hours its hours
 * @param studentPath the student's college (or other organisation)
 * @param communityPath the project's community
 * @param teamPath the project's team, if any
 */
public record HoursEntryVerified(Long entryId, Long studentId, Long projectId, LocalDate workDate, BigDecimal hours,
		String studentPath, String communityPath, String teamPath) implements HoursActivity {

	static HoursEntryVerified of(HoursEntry entry) {
		return new HoursEntryVerified(entry.getId(), entry.getStudentId(), entry.getProjectId(), entry.getWorkDate(),
				entry.getHours(), entry.getStudentPath(), entry.getCommunityPath(), entry.getTeamPath());
	}

	@Override
	public String action() {
		return "verified";
	}

}
