package org.practica.signup;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
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
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.support.PlatformSettings;
import org.practica.support.Problem;
import org.practica.support.Sha256;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' calendar feeds: an iCalendar document of their confirmed shifts, at an
 * address with a secret of its own (calendar apps cannot sign in). Only the secret's hash
 * is kept, so the address is shown once, when it is made; a new one replaces it. Times
 * are in the platform's zone, with its definition in the document; a cancelled sign-up,
 * or one still on the waitlist, is not in it.
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

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	CalendarFeeds(CalendarFeedRepository feeds, SignupRepository signups, ShiftRepository shifts, Accounts accounts,
			MessageSource messages, Clock clock, PlatformSettings settings) {
		this.feeds = feeds;
		this.signups = signups;
		this.shifts = shifts;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
	}

	/** When the student's current feed address was made, if there is one. */
	public Optional<Instant> createdAt(CurrentUser student) {
		return this.feeds.findById(student.id()).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * Makes a new feed address for the student (the old one, if any, stops working) and
	 * returns it: the only time it is told.
	 */
	@Transactional
	public String renew(CurrentUser student) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		CalendarFeed feed = this.feeds.findById(student.id()).orElse(null);
		if (feed == null) {
			this.feeds.save(new CalendarFeed(student.id(), Sha256.hex(secret), now));
		}
		else {
			feed.renew(Sha256.hex(secret), now);
		}
		return this.publicUrl + "/calendar/" + secret + ".ics";
	}

	/**
	 * The feed at this secret, as an iCalendar document; 404 for a secret that is not, or
	 * no longer, a feed's.
	 */
	public Calendar calendar(String secret) {
		CalendarFeed feed = this.feeds.findBySecretHash(Sha256.hex(secret)).orElseThrow(Problem::notFound);
		Account student = this.accounts.find(feed.getStudentId())
			.filter(Account::isEnabled)
			.orElseThrow(Problem::notFound);
		Instant now = this.clock.instant();
		List<Signup> confirmed = this.signups.confirmedEndingAfter(student.getId(), now.minus(PAST),
				Limit.of(MAX_EVENTS));
		Map<Long, Shift> shifts = this.shifts.findAllById(confirmed.stream().map(Signup::getShiftId).toList())
			.stream()
			.collect(Collectors.toMap(Shift::getId, Function.identity()));
		TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
		net.fortuna.ical4j.model.TimeZone zone = zones.getTimeZone(this.clock.getZone().getId());
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Practica//Shifts//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		Locale language = language(student);
		calendar.add(new XProperty("X-WR-CALNAME",
				this.messages.getMessage("calendar.name", new Object[] { student.getDisplayName() }, language)));
		calendar.add(new XProperty("X-WR-TIMEZONE", this.clock.getZone().getId()));
		calendar.add(zone.getVTimeZone());
		for (Signup signup : confirmed) {
			Shift shift = shifts.get(signup.getShiftId());
			if (shift != null) {
				calendar.add(event(signup, shift, now));
			}
		}
		return calendar;
	}

	private VEvent event(Signup signup, Shift shift, Instant now) {
		ZonedDateTime start = shift.getStartsAt().atZone(this.clock.getZone());
		ZonedDateTime end = shift.getEndsAt().atZone(this.clock.getZone());
		VEvent event = new VEvent(start, end, shift.getProjectTitle() + " · " + shift.getTitle());
		event.replace(new DtStamp(now));
		event.add(new Uid("signup-" + signup.getId() + "@" + host()));
		if (shift.getAddress() != null) {
			event.add(new Location(shift.getAddress()));
		}
		event.add(new Description(shift.getProjectTitle()));
		event.add(new Url(URI.create(this.publicUrl + "/shifts/" + shift.getId())));
		return event;
	}

	private String host() {
		String host = URI.create(this.publicUrl).getHost();
		return host == null ? "practica" : host;
	}

	private static Locale language(Account student) {
		Locale language = student.getLanguage();
		return language == null ? Locale.SIMPLIFIED_CHINESE : language;
	}

}
