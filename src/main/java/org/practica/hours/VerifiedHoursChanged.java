package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry's hours began or stopped counting: it became VERIFIED, or a VERIFIED entry was
 * superseded by a correction. Published inside the transaction of the change, so a
 * synchronous listener keeps figures derived from verified hours exact at every commit;
 * and only after the change's ledger line is written, that is while the transaction holds
 * the ledger's lock, so listeners see the changes one transaction at a time.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 * @param workDate the day served
 * @param hours its hours
 * @param studentPath the student's college (or other organisation)
 * @param communityPath the project's community
 * @param teamPath the project's team, if any
 * @param counted true when the hours began to count, false when they stopped
 */
public record VerifiedHoursChanged(Long entryId, Long studentId, Long projectId, LocalDate workDate, BigDecimal hours,
		String studentPath, String communityPath, String teamPath, boolean counted) {

	static VerifiedHoursChanged of(HoursEntry entry, boolean counted) {
		return new VerifiedHoursChanged(entry.getId(), entry.getStudentId(), entry.getProjectId(), entry.getWorkDate(),
				entry.getHours(), entry.getStudentPath(), entry.getCommunityPath(), entry.getTeamPath(), counted);
	}

}
