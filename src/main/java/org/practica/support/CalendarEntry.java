package org.practica.support;

import java.time.Instant;

/**
 * One event of a person's calendar feed, as a module contributes it
 * ({@link CalendarEntries}).
 *
 * @param uid unique within the platform, such as {@code booking-42}; the feed adds its
 * host
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param summary its title in the calendar app
 * @param location where, or null
 * @param description more words, or null
 * @param path the page of it on the platform (such as {@code /onestop/bookings/42}), or
 * null
 */
public record CalendarEntry(String uid, Instant startsAt, Instant endsAt, String summary, String location,
		String description, String path) {

}
