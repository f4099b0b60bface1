package org.practica.hours;

/**
 * The community verified a back-fill; it now waits for the approval of the student's
 * university and does not count yet.
 *
 * @param entryId the entry
 * @param studentId its student
 * @param projectId its project
 */
public record BackfillVerifiedByCommunity(Long entryId, Long studentId, Long projectId) implements HoursActivity {

	@Override
	public String action() {
		return "verified";
	}

}
