package org.practica.hours;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Entries waiting for someone's verification or approval: how many, and the oldest.
 *
 * @param count how many entries wait
 * @param oldestWorkDate the earliest day served among them, or null when none waits
 * @param oldestRecordedAt when the one waiting longest was recorded, or null when none
 * waits
 */
public record HoursWaiting(long count, LocalDate oldestWorkDate, Instant oldestRecordedAt) {

	static HoursWaiting of(Object[] row) {
		return new HoursWaiting(((Number) row[0]).longValue(), (LocalDate) row[1], (Instant) row[2]);
	}

}
