package org.practica.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.signup.Shift;
import org.practica.signup.Signups;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out with the shift's rotating code. Only a confirmed student of the
 * shift, only in the window around it, one open check-in at a time. Check-out records a
 * pending hours entry; a student still checked in when the shift is over is flagged to
 * the supervisor and credited nothing.
 */
@Service
@Transactional(readOnly = true)
public class Attendances {

	private final AttendanceRepository attendances;

	private final AttendanceCodes codes;

	private final Signups signups;

	private final Hours hours;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final Duration opensBefore;

	private final Duration closesAfter;

	Attendances(AttendanceRepository attendances, AttendanceCodes codes, Signups signups, Hours hours,
			Accounts accounts, ApplicationEventPublisher events, Clock clock, AttendanceSettings settings) {
		this.attendances = attendances;
		this.codes = codes;
		this.signups = signups;
		this.hours = hours;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.zone = clock.getZone();
		this.opensBefore = settings.checkInOpensBefore();
		this.closesAfter = settings.checkOutClosesAfter();
	}

	/**
	 * The code a supervisor shows now: for the project's community admins and team
	 * leader.
	 */
	public AttendanceCodes.Code code(CurrentUser by, Long shiftId) {
		this.signups.managedShift(by, shiftId);
		return this.codes.current(shiftId);
	}

	@Transactional
	public Attendance checkIn(CurrentUser student, Long shiftId, String code) {
		Shift shift = this.signups.shift(student, shiftId);
		requireCode(shiftId, code);
		Instant now = this.clock.instant();
		Instant opens = checkInOpens(shift);
		if (now.isBefore(opens)) {
			throw Problem.conflict("attendance.check-in.too-early",
					DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(opens.atZone(this.zone)));
		}
		if (now.isAfter(shift.getEndsAt())) {
			throw Problem.conflict("attendance.check-in.closed");
		}
		if (this.signups.confirmed(shiftId, student.id()).isEmpty()) {
			throw Problem.conflict("attendance.not-confirmed");
		}
		this.accounts.lock(student.id());
		if (this.attendances.findByShiftIdAndStudentId(shiftId, student.id()).isPresent()) {
			throw Problem.conflict("attendance.checked-in.already");
		}
		if (this.attendances.existsByStudentIdAndCheckedOutAtIsNull(student.id())) {
			throw Problem.conflict("attendance.open-elsewhere");
		}
		Attendance attendance = this.attendances.save(new Attendance(shiftId, shift.getProjectId(), student.id(), now));
		this.events.publishEvent(new CheckedIn(attendance.getId(), shiftId, student.id()));
		return attendance;
	}

	/** When check-in opens for a shift: the configured time before its start. */
	public Instant checkInOpens(Shift shift) {
		return shift.getStartsAt().minus(this.opensBefore);
	}

	/**
	 * Checks the student out, recording the hours of the shift they were there for.
	 * @param zeroAccepted whether the student has been told that the check-out records 0
	 * hours and still wants it; when not, such a check-out is refused (409) and nothing
	 * changes
	 */
	@Transactional
	public CheckOut checkOut(CurrentUser student, Long shiftId, String code, boolean zeroAccepted) {
		Shift shift = this.signups.shift(student, shiftId);
		requireCode(shiftId, code);
		Instant now = this.clock.instant();
		this.accounts.lock(student.id());
		Attendance attendance = this.attendances.findByShiftIdAndStudentId(shiftId, student.id())
			.orElseThrow(() -> Problem.conflict("attendance.not-checked-in"));
		if (now.isAfter(shift.getEndsAt().plus(this.closesAfter))) {
			throw Problem.conflict("attendance.check-out.closed");
		}
		attendance.checkOut(now);
		BigDecimal credited = this.hours.credited(attendance.overlap(shift.getStartsAt(), shift.getEndsAt()));
		if (credited.signum() == 0 && !zeroAccepted) {
			throw Problem.conflict("attendance.check-out.zero-hours");
		}
		LocalDate day = LocalDate.ofInstant(shift.getStartsAt(), this.zone);
		HoursEntry entry = this.hours.recordAttendance(student.id(), shift.getProjectId(), shiftId, day, credited,
				student.getUsername());
		attendance.credited(entry.getId());
		this.events.publishEvent(new CheckedOut(attendance.getId(), shiftId, student.id(), entry.getId()));
		return new CheckOut(attendance, entry);
	}

	/**
	 * The hours a check-out now would record for the student's open attendance at the
	 * shift, or empty when they are not checked in there (or already checked out).
	 */
	public Optional<BigDecimal> hoursIfCheckedOutNow(CurrentUser student, Long shiftId) {
		Shift shift = this.signups.shift(student, shiftId);
		return this.attendances.findByShiftIdAndStudentId(shiftId, student.id())
			.filter(Attendance::isOpen)
			.map((attendance) -> this.hours
				.credited(attendance.overlapIfLeavingAt(this.clock.instant(), shift.getStartsAt(), shift.getEndsAt())));
	}

	private void requireCode(Long shiftId, String code) {
		if (!this.codes.accepts(shiftId, code)) {
			throw Problem.unprocessable("attendance.code.invalid");
		}
	}

	/**
	 * Who came to a shift, for its supervisors, with those still checked in after its end
	 * flagged.
	 */
	public List<Row> roster(CurrentUser by, Long shiftId) {
		Shift shift = this.signups.managedShift(by, shiftId);
		Instant now = this.clock.instant();
		return this.attendances.findByShiftIdOrderByCheckedInAtAscIdAsc(shiftId)
			.stream()
			.map(a -> new Row(a, a.isOpen() && now.isAfter(shift.getEndsAt()),
					a.isOpen() && now.isAfter(shift.getEndsAt().plus(this.closesAfter))))
			.toList();
	}

	public java.util.Optional<Attendance> of(Long shiftId, Long studentId) {
		return this.attendances.findByShiftIdAndStudentId(shiftId, studentId);
	}

	/**
	 * How many students have checked in to each of these shifts (shifts nobody checked in
	 * to are left out); for the shifts' supervisors, whom the caller has checked.
	 */
	public java.util.Map<Long, Long> checkedIn(java.util.Collection<Long> shiftIds) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		if (!shiftIds.isEmpty()) {
			this.attendances.checkedInByShift(shiftIds)
				.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
		}
		return counts;
	}

	/**
	 * An attendance as a supervisor sees it.
	 *
	 * @param attendance the attendance
	 * @param flagged still checked in after the shift ended
	 * @param missed the check-out window has closed: no hours were credited
	 */
	public record Row(Attendance attendance, boolean flagged, boolean missed) {
	}

	/**
	 * A check-out and the hours entry it created.
	 *
	 * @param attendance the attendance
	 * @param entry the pending entry
	 */
	public record CheckOut(Attendance attendance, HoursEntry entry) {
	}

}
