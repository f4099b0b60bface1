package org.practica.hours;

/** One project's verified hours for a student within a period. */
public record VerifiedHours(Long projectId, String projectTitle, Long communityId, java.time.LocalDate firstDay,
		java.time.LocalDate lastDay, java.math.BigDecimal hours) {
}
