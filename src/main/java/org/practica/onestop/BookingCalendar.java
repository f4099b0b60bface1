package org.practica.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;

import org.practica.directory.CurrentUser;
import org.practica.support.CalendarDocument;
import org.practica.support.PlatformSettings;

import org.springframework.stereotype.Component;

/**
 * A signed-in person's one-stop calendar to download, made of the same entries their
 * subscription feed carries ({@link BookingCalendarEntries}).
 */
@Component
class BookingCalendar {

	private static final Duration PAST = Duration.ofDays(30);

	private static final int MAX_EVENTS = 500;

	private final BookingCalendarEntries entries;

	private final Clock clock;

	private final String publicUrl;

	BookingCalendar(BookingCalendarEntries entries, Clock clock, PlatformSettings settings) {
		this.entries = entries;
		this.clock = clock;
		this.publicUrl = settings.publicUrl();
	}

	Calendar of(CurrentUser user, Locale language) {
		Instant now = this.clock.instant();
		return CalendarDocument.of("One-stop", null, this.clock.getZone(), this.publicUrl,
				this.entries.entries(user.id(), now.minus(PAST), MAX_EVENTS, language), now);
	}

}
