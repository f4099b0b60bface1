package org.practica.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as the pages show them ({@code ${@times.dateTime(shift.startsAt)}}): in the
 * deployment's time zone.
 */
@Component("times")
class Times {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ZoneId zone;

	Times(Clock clock) {
		this.zone = clock.getZone();
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(this.zone));
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(this.zone));
	}

	/**
	 * A shift's span: {@code 2026-12-01 09:00–12:00}, or both dates when it runs past
	 * midnight.
	 */
	public String span(Instant start, Instant end) {
		if (start.atZone(this.zone).toLocalDate().equals(end.atZone(this.zone).toLocalDate())) {
			return dateTime(start) + "–" + time(end);
		}
		return dateTime(start) + " – " + dateTime(end);
	}

}
