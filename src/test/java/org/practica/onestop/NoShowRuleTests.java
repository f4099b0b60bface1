package org.practica.onestop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoShowRuleTests {

	private static final NoShowRule RULE = new NoShowRule(3, Duration.ofDays(30), Duration.ofDays(14));

	private static final Instant T = Instant.parse("2026-11-01T02:00:00Z");

	private static Instant day(int n) {
		return T.plus(Duration.ofDays(n));
	}

	@Test
	void threeNoShowsWithinThirtyDaysBarForFourteenDaysAfterTheLast() {
		List<Instant> noShows = List.of(day(0), day(10), day(29));
		assertThat(RULE.barredUntil(noShows, day(30))).contains(day(43));
		assertThat(RULE.barredUntil(noShows, day(42))).contains(day(43));
		assertThat(RULE.barredUntil(noShows, day(43))).isEmpty();
	}

	@Test
	void twoNoShowsOrThreeSpreadOverMoreThanThirtyDaysDoNotBar() {
		assertThat(RULE.barredUntil(List.of(day(0), day(1)), day(2))).isEmpty();
		assertThat(RULE.barredUntil(List.of(day(0), day(20), day(31)), day(32))).isEmpty();
	}

}
