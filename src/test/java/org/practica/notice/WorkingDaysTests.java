package org.practica.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice's window in working days of the configured calendar, in the platform's zone.
 */
class WorkingDaysTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final WorkingDays days = new WorkingDays(
			new NoticeSettings(5, 5, Duration.ofHours(1), Duration.ofMinutes(1),
					List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
							LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 12, 24)),
					List.of(LocalDate.of(2026, 10, 10))),
			Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZONE));

	private static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	@Test
	void aWednesdayOpeningRunsFiveWorkingDaysAndEndsAtMidnightAfterTheFifth() {
		// Wed 11 Nov: Thu 12, Fri 13, Mon 16, Tue 17, Wed 18
		assertThat(this.days.closesAt(at(11, 11, 10), 5)).isEqualTo(at(11, 19, 0));
	}

	@Test
	void aFridayOpeningSkipsTheWeekend() {
		// Fri 13 Nov: Mon 16 .. Fri 20, closing at the start of Saturday
		assertThat(this.days.closesAt(at(11, 13, 16), 5)).isEqualTo(at(11, 21, 0));
		assertThat(this.days.closesAt(at(11, 13, 16), 1)).isEqualTo(at(11, 17, 0));
	}

	@Test
	void aHolidayOfTheCalendarIsSkipped() {
		// Tue 22 Dec: Wed 23, (Thu 24 a holiday), Fri 25, Mon 28, Tue 29, Wed 30
		assertThat(this.days.closesAt(at(12, 22, 9), 5)).isEqualTo(at(12, 31, 0));
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
	}

	@Test
	void aMakeUpWorkingDayOnASaturdayCounts() {
		// Wed 30 Sep: (1, 2 Oct holidays, 3, 4 weekend, 5, 6, 7 holidays), Thu 8, Fri 9,
		// Sat 10 (调休), Mon 12, Tue 13
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(this.days.closesAt(at(9, 30, 15), 5)).isEqualTo(at(10, 14, 0));
	}

}
