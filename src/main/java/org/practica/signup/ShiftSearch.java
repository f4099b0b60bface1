package org.practica.signup;

import java.time.LocalDate;
import java.util.Locale;

import org.practica.support.FieldProblem;

/**
 * What a student looks for among the shifts they may join. Every filter is optional.
 *
 * @param q text found in the shift's or its project's title, or in its address
 * @param direction a direction code; a top-level one also finds the finer ones under it
 * @param from only shifts starting on or after this day
 * @param to only shifts starting on or before this day
 * @param withinKm only shifts at most this far from the student's campus
 * @param freeSeatsOnly only shifts with a free seat (not only a place on the waitlist)
 */
public record ShiftSearch(String q, String direction, LocalDate from, LocalDate to, Double withinKm,
		boolean freeSeatsOnly) {

	/** The farthest a student may ask for, in kilometres. */
	public static final double MAX_KM = 500;

	/** Every open shift. */
	public static ShiftSearch any() {
		return new ShiftSearch(null, null, null, null, null, false);
	}

	/**
	 * The same search, refused with the field named when it cannot be run: a period that
	 * ends before it starts, a distance that is not a positive number of kilometres up to
	 * {@link #MAX_KM}.
	 */
	public ShiftSearch checked() {
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			throw FieldProblem.invalid("to", "field.end-date.before-start");
		}
		if (this.withinKm != null && (this.withinKm.isNaN() || this.withinKm <= 0 || this.withinKm > MAX_KM)) {
			throw FieldProblem.invalid("withinKm", "finder.distance.range", (int) MAX_KM);
		}
		return this;
	}

	/** The same search within the given days (both included), as far as both allow. */
	ShiftSearch within(LocalDate first, LocalDate last) {
		LocalDate start = (this.from == null || this.from.isBefore(first)) ? first : this.from;
		LocalDate end = (this.to == null || this.to.isAfter(last)) ? last : this.to;
		return new ShiftSearch(this.q, this.direction, start, end, this.withinKm, this.freeSeatsOnly);
	}

	/** The text as a lower-case {@code like} pattern, or null when there is none. */
	String like() {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		String escaped = this.q.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	boolean hasDirection() {
		return this.direction != null && !this.direction.isBlank();
	}

}
