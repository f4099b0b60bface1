package org.practica.support;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a module puts in a person's calendar feed besides their shifts: one-stop
 * appointments a student booked, the slots a provider gives. The feed (one address per
 * person, kept by the sign-up module) asks every implementation, so a person subscribes
 * once. An entry must name nobody but the person whose feed it is, and carry nothing a
 * stranger holding the address should not read.
 */
public interface CalendarEntries {

	/**
	 * The person's events that end after {@code from}, at most {@code max} of them.
	 * @param accountId whose feed it is
	 * @param language the person's language, for the words of the entries
	 */
	List<CalendarEntry> entries(Long accountId, Instant from, int max, Locale language);

}
