package org.practica.signup;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practica.Refusals.assertRefused;

/**
 * A shift confirms sign-ups while it has free seats, waitlists them after, hands a freed
 * seat to the first waiting, and takes nobody once it has ended.
 */
class ShiftTests {

	static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 12, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	static final Instant BEFORE = START.toInstant().minus(Duration.ofDays(1));

	@Test
	void signUpsAreConfirmedWhileSeatsAreFreeThenWaitlistedInTheOrderTheyCome() {
		Shift shift = shift(2);
		Signup first = shift.admit(1L, BEFORE);
		Signup second = shift.admit(2L, BEFORE);
		assertThat(shift.hasFreeSeat()).isFalse();
		Signup third = shift.admit(3L, BEFORE);
		Signup fourth = shift.admit(4L, BEFORE);
		assertThat(first.getStatus()).isEqualTo(SignupStatus.CONFIRMED);
		assertThat(second.getStatus()).isEqualTo(SignupStatus.CONFIRMED);
		assertThat(third.getStatus()).isEqualTo(SignupStatus.WAITLISTED);
		assertThat(fourth.getStatus()).isEqualTo(SignupStatus.WAITLISTED);
		assertThat(fourth.getQueueNumber()).isEqualTo(4);
		assertThat(shift.getConfirmed()).isEqualTo(2);
		assertThat(shift.getWaitlisted()).isEqualTo(2);
		assertThat(shift.seatsLeft()).isZero();
	}

	@Test
	void aSignUpIsTakenUntilTheEndButNotFromThen() {
		Shift shift = shift(5);
		Instant end = START.plusHours(2).toInstant();
		assertThat(shift.admit(1L, end.minusSeconds(1)).isConfirmed()).isTrue();
		assertThat(shift.hasEnded(end)).isTrue();
		assertRefused(() -> shift.admit(2L, end), HttpStatus.CONFLICT, "signup.shift.ended");
		assertThat(shift.getConfirmed()).isEqualTo(1);
	}

	@Test
	void anEndedShiftHasNoSeatsLeftToAssign() {
		Shift shift = shift(5);
		assertThat(shift.seatsLeftAt(BEFORE)).isEqualTo(5);
		assertThat(shift.seatsLeftAt(START.plusHours(2).toInstant())).isZero();
	}

	@Test
	void aFreedConfirmedSeatGoesToTheFirstWaiting() {
		Shift shift = shift(1);
		Signup confirmed = shift.admit(1L, BEFORE);
		Signup waiting = shift.admit(2L, BEFORE);
		confirmed.cancelByStudent(BEFORE, Duration.ofHours(2));
		shift.released(confirmed, waiting);
		assertThat(waiting.getStatus()).isEqualTo(SignupStatus.CONFIRMED);
		assertThat(shift.getConfirmed()).isEqualTo(1);
		assertThat(shift.getWaitlisted()).isZero();
	}

	@Test
	void aFreedConfirmedSeatWithNobodyWaitingStaysFree() {
		Shift shift = shift(1);
		Signup confirmed = shift.admit(1L, BEFORE);
		confirmed.cancelByStudent(BEFORE, Duration.ofHours(2));
		shift.released(confirmed, null);
		assertThat(shift.getConfirmed()).isZero();
		assertThat(shift.hasFreeSeat()).isTrue();
	}

	@Test
	void aWaitingSignUpLeavingFreesNoSeat() {
		Shift shift = shift(1);
		shift.admit(1L, BEFORE);
		Signup waiting = shift.admit(2L, BEFORE);
		waiting.cancelByStudent(BEFORE, Duration.ofHours(2));
		shift.released(waiting, null);
		assertThat(shift.getConfirmed()).isEqualTo(1);
		assertThat(shift.getWaitlisted()).isZero();
	}

	@Test
	void shiftsOverlapWhenTheyShareAMoment() {
		Shift shift = shift(1);
		Instant start = START.toInstant();
		Instant end = START.plusHours(2).toInstant();
		assertThat(shift.overlaps(start.minusSeconds(3600), start.plusSeconds(1))).isTrue();
		assertThat(shift.overlaps(start.minusSeconds(3600), start)).isFalse();
		assertThat(shift.overlaps(end, end.plusSeconds(3600))).isFalse();
	}

	static Shift shift(int capacity) {
		return new Shift(1L, new ShiftRequest("班次", START, START.plusHours(2), capacity, null, null, null));
	}

}
