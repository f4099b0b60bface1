package org.practica.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.practica.directory.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's one-stop calendar as iCalendar (ical4j), as the shift feed is made: a
 * student's booked appointments, and a provider's slots with how many are booked on each.
 * No event names who booked, nor carries a note.
 */
@Component
class BookingCalendar {

	private static final Duration PAST = Duration.ofDays(30);

	private static final Duration AHEAD = Duration.ofDays(180);

	private final Bookings bookings;

	private final Clock clock;

	BookingCalendar(Bookings bookings, Clock clock) {
		this.bookings = bookings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Calendar of(CurrentUser user) {
		Instant now = this.clock.instant();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Practica//One-stop//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-TIMEZONE", this.clock.getZone().getId()));
		calendar.add(TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(this.clock.getZone().getId())
			.getVTimeZone());
		List<Booking> booked = this.bookings.mine(user)
			.stream()
			.filter(Booking::isBooked)
			.filter(b -> b.getEndsAt().isAfter(now.minus(PAST)))
			.toList();
		List<Slot> slots = this.bookings.providerSlots(user, now.minus(PAST), now.plus(AHEAD));
		List<Long> serviceIds = new ArrayList<>();
		booked.forEach(b -> serviceIds.add(b.getServiceId()));
		slots.forEach(s -> serviceIds.add(s.getServiceId()));
		Map<Long, CommunityService> services = this.bookings.servicesById(serviceIds.stream().distinct().toList());
		for (Booking b : booked) {
			CommunityService service = services.get(b.getServiceId());
			calendar.add(event("booking-" + b.getId(), b.getStartsAt(), b.getEndsAt(), service, "", now));
		}
		for (Slot s : slots) {
			CommunityService service = services.get(s.getServiceId());
			calendar.add(event("slot-" + s.getId(), s.getStartsAt(), s.getEndsAt(), service,
					" (" + s.getBooked() + "/" + s.getCapacity() + ")", now));
		}
		return calendar;
	}

	private VEvent event(String uid, Instant start, Instant end, CommunityService service, String suffix, Instant now) {
		ZonedDateTime from = start.atZone(this.clock.getZone());
		ZonedDateTime to = end.atZone(this.clock.getZone());
		VEvent event = new VEvent(from, to, (service == null ? "" : service.getTitle()) + suffix);
		event.replace(new DtStamp(now));
		event.add(new Uid(uid + "@practica"));
		if (service != null) {
			event.add(new Location(service.getLocation()));
		}
		return event;
	}

}
