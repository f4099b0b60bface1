package org.practica.signup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shift finder: the shifts a student may join, filtered by text, direction, dates,
 * distance from the campus and free seats, as a list or as a month's calendar. A filter
 * the page cannot take is named on the form, and the others still apply.
 */
@Controller
class ShiftFinderController {

	/** The distances a student chooses from, in kilometres. */
	static final List<Integer> DISTANCES = List.of(2, 5, 10, 20, 50);

	private final ShiftFinder finder;

	private final Directions directions;

	private final Clock clock;

	ShiftFinderController(ShiftFinder finder, Directions directions, Clock clock) {
		this.finder = finder;
		this.directions = directions;
		this.clock = clock;
	}

	@GetMapping("/shifts")
	String find(@AuthenticationPrincipal CurrentUser user, FinderQuery query, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate from = date("from", query.from(), errors);
		LocalDate to = date("to", query.to(), errors);
		Double withinKm = distance(query.withinKm(), errors);
		ShiftSearch search = new ShiftSearch(query.q(), query.direction(), from, to, withinKm,
				Boolean.TRUE.equals(query.free()));
		search = usable(search, user, errors);
		LocalDate today = LocalDate.now(this.clock);
		boolean calendar = "calendar".equals(query.view());
		model.addAttribute("query", query);
		model.addAttribute("errors", errors);
		model.addAttribute("calendar", calendar);
		model.addAttribute("today", today);
		model.addAttribute("campus", this.finder.campus(user).orElse(null));
		model.addAttribute("distances", DISTANCES);
		model.addAttribute("maxKm", (int) ShiftSearch.MAX_KM);
		model.addAttribute("directionNames", this.directions.names(locale));
		model.addAttribute("listUrl", url("view", null, "month", null));
		model.addAttribute("calendarUrl", url("view", "calendar", "page", null));
		if (calendar) {
			YearMonth month = month(query.month(), from, today, errors);
			List<OpenShift> shifts = this.finder.month(user, search, month);
			model.addAttribute("month", month);
			model.addAttribute("monthName", month.getMonth().getDisplayName(TextStyle.FULL, locale));
			model.addAttribute("weeks", weeks(month, today, shifts));
			model.addAttribute("found", shifts.size());
			model.addAttribute("full", shifts.size() >= ShiftFinder.MONTH_LIMIT);
			model.addAttribute("previousUrl", url("view", "calendar", "month", month.minusMonths(1).toString()));
			model.addAttribute("nextUrl", url("view", "calendar", "month", month.plusMonths(1).toString()));
			model.addAttribute("weekdays", weekdays(locale));
		}
		else {
			Page<OpenShift> results = this.finder.search(user, search,
					Paging.of(query.page(), 20, null, Sort.unsorted()));
			model.addAttribute("results", results);
		}
		return "signup/finder";
	}

	/**
	 * The search as far as it can run: a filter it refuses is named and left out, so the
	 * rest still finds shifts.
	 */
	private ShiftSearch usable(ShiftSearch search, CurrentUser user, Map<String, String> errors) {
		try {
			search.checked();
		}
		catch (FieldProblem problem) {
			problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.messageKey()));
			search = new ShiftSearch(search.q(), search.direction(), errors.containsKey("to") ? null : search.from(),
					errors.containsKey("to") ? null : search.to(),
					errors.containsKey("withinKm") ? null : search.withinKm(), search.freeSeatsOnly());
		}
		if (search.withinKm() != null && this.finder.campus(user).isEmpty()) {
			errors.put("withinKm", "finder.campus.no-position");
			search = new ShiftSearch(search.q(), search.direction(), search.from(), search.to(), null,
					search.freeSeatsOnly());
		}
		return search;
	}

	private static LocalDate date(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "field.date.invalid");
			return null;
		}
	}

	private static Double distance(String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put("withinKm", "finder.distance.range");
			return null;
		}
	}

	/**
	 * The month asked for; without one, the month of the search's first day or else this
	 * month.
	 */
	private static YearMonth month(String text, LocalDate from, LocalDate today, Map<String, String> errors) {
		if (text != null && !text.isBlank()) {
			try {
				return YearMonth.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("month", "finder.month.invalid");
			}
		}
		return YearMonth.from(from != null && from.isAfter(today) ? from : today);
	}

	/** The month's weeks, Monday first, with the days of the months around it. */
	List<List<Day>> weeks(YearMonth month, LocalDate today, List<OpenShift> shifts) {
		Map<LocalDate, List<OpenShift>> byDay = new LinkedHashMap<>();
		shifts.forEach(s -> byDay
			.computeIfAbsent(LocalDate.ofInstant(s.shift().getStartsAt(), this.clock.getZone()), k -> new ArrayList<>())
			.add(s));
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Day> week = new ArrayList<>(7);
			for (int i = 0; i < 7; i++) {
				LocalDate date = monday.plusDays(i);
				week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
						byDay.getOrDefault(date, List.of())));
			}
			weeks.add(week);
		}
		return weeks;
	}

	private static List<String> weekdays(Locale locale) {
		List<String> names = new ArrayList<>(7);
		for (DayOfWeek day : DayOfWeek.values()) {
			names.add(day.getDisplayName(TextStyle.SHORT, locale));
		}
		return names;
	}

	/**
	 * The current address (path and query, as the request sent them) with the given
	 * parameters set, or removed when null, and without a page number.
	 */
	private static String url(String name, String value, String otherName, String otherValue) {
		UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page");
		set(builder, name, value);
		set(builder, otherName, otherValue);
		UriComponents url = builder.build();
		return url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery());
	}

	private static void set(UriComponentsBuilder builder, String name, String value) {
		if (value == null) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
	}

	/**
	 * A day of the calendar.
	 *
	 * @param date the day
	 * @param inMonth whether it belongs to the month shown
	 * @param today whether it is today
	 * @param shifts the shifts starting that day
	 */
	record Day(LocalDate date, boolean inMonth, boolean today, List<OpenShift> shifts) {
	}

	/**
	 * The finder's parameters as the page sends them: text, so that one the page cannot
	 * read is named rather than refused whole.
	 */
	record FinderQuery(String q, String direction, String from, String to, String withinKm, Boolean free, String view,
			String month, Integer page) {
	}

}
