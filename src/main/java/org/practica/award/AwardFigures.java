package org.practica.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.practica.directory.Organisations;
import org.practica.hours.HoursFigures;
import org.practica.hours.HoursScope;
import org.practica.hours.HoursStatus;

import org.springframework.stereotype.Component;

/**
 * The figures the rules and the evidence read from the records, the hours to the half
 * hour (rounded down, so that no one is credited what they did not serve).
 */
@Component
class AwardFigures {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final HoursFigures hours;

	private final Organisations organisations;

	private final Clock clock;

	AwardFigures(HoursFigures hours, Organisations organisations, Clock clock) {
		this.hours = hours;
		this.organisations = organisations;
		this.clock = clock;
	}

	static BigDecimal halfHours(BigDecimal hours) {
		return hours.multiply(TWO).setScale(0, RoundingMode.FLOOR).divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
	}

	/** Hours as people write them: 19.5, 20. */
	static String text(BigDecimal hours) {
		BigDecimal plain = hours.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

	HoursFigures.StudentHours volunteer(Long studentId, int year, HoursScope within) {
		return this.hours.student(studentId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), within);
	}

	BigDecimal volunteerHours(Long studentId, int year) {
		return halfHours(volunteer(studentId, year, null).verified());
	}

	/** The verified hours of the team's projects' entries in the year. */
	BigDecimal teamHours(String teamPath, int year) {
		AtomicReference<BigDecimal> sum = new AtomicReference<>(BigDecimal.ZERO);
		this.hours.forEachBatch(new HoursScope(HoursScope.Side.TEAM, teamPath), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), 1000,
				batch -> batch.stream()
					.filter(l -> l.status() == HoursStatus.VERIFIED)
					.forEach(l -> sum.accumulateAndGet(l.hours(), BigDecimal::add)));
		return halfHours(sum.get());
	}

	/** The day the organisation was registered on the platform. */
	LocalDate activeSince(Long organisationId) {
		return LocalDate.ofInstant(this.organisations.get(organisationId).getCreatedAt(), this.clock.getZone());
	}

	/** The whole months the organisation has been active, until today. */
	long activeMonths(Long organisationId) {
		return ChronoUnit.MONTHS.between(activeSince(organisationId), LocalDate.now(this.clock));
	}

}
