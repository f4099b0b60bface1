package org.practica.signup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Calendar;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.support.CalendarDocument;
import org.practica.support.CalendarEntries;
import org.practica.support.CalendarEntry;
import org.practica.support.PlatformSettings;
import org.practica.support.Problem;
import org.practica.support.Sha256;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: one iCalendar document per person at an address with a secret of its
 * own (calendar apps cannot sign in), carrying a student's confirmed shifts and whatever
 * other modules put in it ({@link CalendarEntries}: the one-stop appointments a student
 * booked, the slots a provider gives), so a person subscribes once. Only the secret's
 * hash is kept, so the address is shown once, when it is made; a new one replaces it, and
 * the person may also stop it. Times are in the platform's zone, with its definition in
 * the document; a cancelled sign-up, or one still on the waitlist, is not in it.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

	/** How far back the feed keeps shifts that have ended. */
	static final Duration PAST = Duration.ofDays(90);

	/** The most events one feed carries. */
	static final int MAX_EVENTS = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final SignupRepository signups;

	private final ShiftRepository shifts;

	private final Accounts accounts;

	private final List<CalendarEntries> others;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	CalendarFeeds(CalendarFeedRepository feeds, SignupRepository signups, ShiftRepository shifts, Accounts accounts,
			List<CalendarEntries> others, MessageSource messages, Clock clock, PlatformSettings settings) {
		this.feeds = feeds;
		this.signups = signups;
		this.shifts = shifts;
		this.accounts = accounts;
		this.others = List.copyOf(others);
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
	}

	/** When the person's current feed address was made, if there is one. */
	public Optional<Instant> createdAt(CurrentUser person) {
		return this.feeds.findById(person.id()).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * Makes a new feed address for a student or a service provider (the old one, if any,
	 * stops working) and returns it: the only time it is told.
	 */
	@Transactional
	public String renew(CurrentUser person) {
		if (!mayHaveFeed(person)) {
			throw Problem.forbidden();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		CalendarFeed feed = this.feeds.findById(person.id()).orElse(null);
		if (feed == null) {
			this.feeds.save(new CalendarFeed(person.id(), Sha256.hex(secret), now));
		}
		else {
			feed.renew(Sha256.hex(secret), now);
		}
		return this.publicUrl + "/calendar/" + secret + ".ics";
	}

	/**
	 * Stops the person's feed: its address answers 404 from now on.
	 * @return whether there was one
	 */
	@Transactional
	public boolean revoke(CurrentUser person) {
		if (!mayHaveFeed(person)) {
			throw Problem.forbidden();
		}
		Optional<CalendarFeed> feed = this.feeds.findById(person.id());
		feed.ifPresent(this.feeds::delete);
		return feed.isPresent();
	}

	/** Students (their shifts and bookings) and service providers (their slots). */
	public static boolean mayHaveFeed(CurrentUser person) {
		return person.holds(Role.STUDENT) || person.holds(Role.SERVICE_PROVIDER);
	}

	/**
	 * The feed at this secret, as an iCalendar document; 404 for a secret that is not, or
	 * no longer, a feed's.
	 */
	public Calendar calendar(String secret) {
		CalendarFeed feed = this.feeds.findBySecretHash(Sha256.hex(secret)).orElseThrow(Problem::notFound);
		Account person = this.accounts.find(feed.getStudentId())
			.filter(Account::isEnabled)
			.orElseThrow(Problem::notFound);
		Instant now = this.clock.instant();
		Instant from = now.minus(PAST);
		List<Signup> confirmed = this.signups.confirmedEndingAfter(person.getId(), from, Limit.of(MAX_EVENTS));
		Map<Long, Shift> shifts = this.shifts.findAllById(confirmed.stream().map(Signup::getShiftId).toList())
			.stream()
			.collect(Collectors.toMap(Shift::getId, Function.identity()));
		List<CalendarEntry> entries = new ArrayList<>();
		for (Signup signup : confirmed) {
			Shift shift = shifts.get(signup.getShiftId());
			if (shift != null) {
				entries.add(new CalendarEntry("signup-" + signup.getId(), shift.getStartsAt(), shift.getEndsAt(),
						shift.getProjectTitle() + " · " + shift.getTitle(), shift.getAddress(), shift.getProjectTitle(),
						"/shifts/" + shift.getId()));
			}
		}
		Locale language = language(person);
		for (CalendarEntries other : this.others) {
			if (entries.size() < MAX_EVENTS) {
				entries.addAll(other.entries(person.getId(), from, MAX_EVENTS - entries.size(), language));
			}
		}
		return CalendarDocument.of("Calendar",
				this.messages.getMessage("calendar.feed.name", new Object[] { person.getDisplayName() }, language),
				this.clock.getZone(), this.publicUrl,
				entries.size() > MAX_EVENTS ? entries.subList(0, MAX_EVENTS) : entries, now);
	}

	private static Locale language(Account person) {
		Locale language = person.getLanguage();
		return language == null ? Locale.SIMPLIFIED_CHINESE : language;
	}

}
