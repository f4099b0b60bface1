package org.practica.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project's verified hours for a student within a period.
 *
 * @param projectId the project
 * @param projectTitle its title
 * @param communityId its community
 * @param firstDay the first day served
 * @param lastDay the last day served
 * @param hours the verified hours
 */
public record VerifiedHours(Long projectId, String projectTitle, Long communityId, LocalDate firstDay,
		LocalDate lastDay, BigDecimal hours) {
}
