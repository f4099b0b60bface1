package org.practica.support;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iCalendar document (ical4j) of calendar entries, made the same way for the
 * subscription feed and for a signed-in download: times in the platform's zone, with that
 * zone's definition in the document, so calendar apps show them right anywhere.
 */
public final class CalendarDocument {

	private CalendarDocument() {
	}

	/**
	 * @param product the PRODID's product, such as {@code Shifts}
	 * @param name the calendar's name (X-WR-CALNAME), or null
	 * @param zone the platform's zone
	 * @param publicUrl the platform's address, for the events' links and uids
	 * @param entries the events
	 * @param now when the document is made (DTSTAMP)
	 */
	public static Calendar of(String product, String name, ZoneId zone, String publicUrl, List<CalendarEntry> entries,
			Instant now) {
		String base = publicUrl.replaceAll("/+$", "");
		String host = URI.create(base).getHost();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Practica//" + product + "//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone());
		for (CalendarEntry entry : entries) {
			VEvent event = new VEvent(entry.startsAt().atZone(zone), entry.endsAt().atZone(zone), entry.summary());
			event.replace(new DtStamp(now));
			event.add(new Uid(entry.uid() + "@" + (host == null ? "practica" : host)));
			if (entry.location() != null && !entry.location().isBlank()) {
				event.add(new Location(entry.location()));
			}
			if (entry.description() != null) {
				event.add(new Description(entry.description()));
			}
			if (entry.path() != null) {
				event.add(new Url(URI.create(base + entry.path())));
			}
			calendar.add(event);
		}
		return calendar;
	}

}
