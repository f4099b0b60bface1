package org.practica.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a project's work is planned for: its need's first and last day, both included.
 *
 * @param from the first day
 * @param to the last day
 */
public record ProjectDates(LocalDate from, LocalDate to) {

	/** Whether a moment falls on one of the days, in the given zone. */
	public boolean contains(Instant moment, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(moment, zone);
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
