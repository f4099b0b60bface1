package org.practica.onestop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.practica.support.CalendarEntries;
import org.practica.support.CalendarEntry;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's one-stop calendar, for their feed and their download: the appointments a
 * student holds and the slots a provider gives, with how many places are taken. No entry
 * names who booked or carries a note; a counselling appointment in a student's calendar
 * says only that it is an appointment (as its reminder does), so an address that leaks,
 * or a calendar shared with family, does not tell of it.
 */
@Component
class BookingCalendarEntries implements CalendarEntries {

	/** How far ahead a provider's slots are listed. */
	static final Duration AHEAD = Duration.ofDays(180);

	private final BookingRepository bookings;

	private final SlotRepository slots;

	private final CommunityServiceRepository services;

	private final MessageSource messages;

	private final ZoneId zone;

	BookingCalendarEntries(BookingRepository bookings, SlotRepository slots, CommunityServiceRepository services,
			MessageSource messages, java.time.Clock clock) {
		this.bookings = bookings;
		this.slots = slots;
		this.services = services;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEntry> entries(Long accountId, Instant from, int max, Locale language) {
		List<Booking> held = this.bookings.heldEndingAfter(accountId, BookingStatus.BOOKED, from, Limit.of(max));
		List<Slot> given = this.slots.ofProviderBetween(accountId, from, from.plus(AHEAD));
		Map<Long, CommunityService> services = this.services
			.findAllById(Stream.concat(held.stream().map(Booking::getServiceId), given.stream().map(Slot::getServiceId))
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(CommunityService::getId, Function.identity()));
		List<CalendarEntry> entries = new ArrayList<>();
		// every booking looks the same in a feed, whatever its kind: a counselling
		// booking
		// must not stand out from the rest by what it lacks (a feed's address can be
		// shared
		// or leak); the signed-in booking page shows the details
		for (Booking b : held) {
			entries.add(new CalendarEntry("booking-" + b.getId(), b.getStartsAt(), b.getEndsAt(),
					this.messages.getMessage("onestop.calendar.appointment", null, language), null, null,
					"/onestop/bookings/" + b.getId()));
		}
		for (Slot s : given) {
			CommunityService service = services.get(s.getServiceId());
			String title = service == null ? "" : service.getTitle();
			entries.add(new CalendarEntry("slot-" + s.getId(), s.getStartsAt(), s.getEndsAt(),
					title + " (" + s.getBooked() + "/" + s.getCapacity() + ")",
					service == null ? null : service.getLocation(), null,
					"/onestop/provider?week=" + LocalDate.ofInstant(s.getStartsAt(), this.zone)));
		}
		return entries.size() > max ? entries.subList(0, max) : entries;
	}

}
