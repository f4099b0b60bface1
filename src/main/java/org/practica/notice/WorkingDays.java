package org.practica.notice;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The working days of the configured calendar, in the platform's zone: Monday to Friday,
 * less the public holidays, plus the make-up working days (调休) on a weekend.
 */
@Component
class WorkingDays {

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workdays;

	private final ZoneId zone;

	WorkingDays(NoticeSettings settings, Clock clock) {
		this.holidays = Set.copyOf(settings.holidays());
		this.workdays = Set.copyOf(settings.workdays());
		this.zone = clock.getZone();
	}

	boolean isWorkingDay(LocalDate day) {
		if (this.workdays.contains(day)) {
			return true;
		}
		if (this.holidays.contains(day)) {
			return false;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * When a notice opening at this instant and running this many working days closes: at
	 * the end (midnight) of the last of that many working days after the day it opens, so
	 * that it runs that many whole working days whatever the hour it opens.
	 */
	Instant closesAt(Instant opensAt, int days) {
		LocalDate day = opensAt.atZone(this.zone).toLocalDate();
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}
