package org.practica.onestop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A student with {@code count} no-shows of a kind within {@code window} cannot book that
 * kind for {@code bar} after the last of them.
 *
 * @param count the no-shows that bar
 * @param window the span they fall in
 * @param bar how long booking that kind stays barred
 */
record NoShowRule(int count, Duration window, Duration bar) {

	/**
	 * Until when a student with no-shows at these times (recorded at, oldest first) is
	 * barred at {@code now}, if they are.
	 */
	Optional<Instant> barredUntil(List<Instant> noShows, Instant now) {
		Instant until = null;
		for (int last = this.count - 1; last < noShows.size(); last++) {
			Instant first = noShows.get(last - this.count + 1);
			Instant end = noShows.get(last);
			if (!end.isAfter(first.plus(this.window))) {
				Instant ends = end.plus(this.bar);
				if (until == null || ends.isAfter(until)) {
					until = ends;
				}
			}
		}
		return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
	}

	/** How far back no-shows can still bar someone now. */
	Duration lookBack() {
		return this.window.plus(this.bar);
	}

}
