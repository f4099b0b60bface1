package org.practica.signup;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practica.Refusals.assertRefused;

/**
 * A sign-up is confirmed or waitlisted, a waitlisted one may be promoted, and either may
 * be cancelled once: a confirmed place by the student until the cut-off before the start,
 * by the project's admins until the start; a place on the waitlist at any time.
 */
class SignupTests {

	private static final Duration CUTOFF = Duration.ofHours(2);

	private static final Instant START = ShiftTests.START.toInstant();

	@Test
	void theStudentCancelsBeforeTheCutoff() {
		Signup signup = ShiftTests.shift(1).admit(1L, ShiftTests.BEFORE);
		Instant now = START.minus(CUTOFF);
		assertThat(signup.tooLateToCancel(now, CUTOFF)).isFalse();
		signup.cancelByStudent(now, CUTOFF);
		assertThat(signup.getStatus()).isEqualTo(SignupStatus.CANCELLED);
		assertThat(signup.wasConfirmed()).isTrue();
	}

	@Test
	void theStudentMayNotCancelWithinTheCutoff() {
		Signup signup = ShiftTests.shift(1).admit(1L, ShiftTests.BEFORE);
		Instant now = START.minus(CUTOFF).plusSeconds(1);
		assertThat(signup.tooLateToCancel(now, CUTOFF)).isTrue();
		assertRefused(() -> signup.cancelByStudent(now, CUTOFF), HttpStatus.CONFLICT, "signup.cancel.too-late");
		assertThat(signup.getStatus()).isEqualTo(SignupStatus.CONFIRMED);
	}

	@Test
	void theOrganiserCancelsWithinTheCutoffButNotAfterTheStart() {
		Signup signup = ShiftTests.shift(1).admit(1L, ShiftTests.BEFORE);
		assertRefused(() -> signup.cancelByOrganiser(START.plusSeconds(1)), HttpStatus.CONFLICT,
				"signup.cancel.too-late");
		signup.cancelByOrganiser(START.minusSeconds(60));
		assertThat(signup.getStatus()).isEqualTo(SignupStatus.CANCELLED);
	}

	@Test
	void aWaitlistedStudentLeavesTheWaitlistWithinTheCutoffAndEvenAfterTheStart() {
		Shift shift = ShiftTests.shift(1);
		shift.admit(1L, ShiftTests.BEFORE);
		Signup waiting = shift.admit(2L, ShiftTests.BEFORE);
		Instant withinCutoff = START.minus(CUTOFF).plusSeconds(1);
		assertThat(waiting.tooLateToCancel(withinCutoff, CUTOFF)).isFalse();
		assertThat(waiting.tooLateToCancel(START.plusSeconds(600), CUTOFF)).isFalse();
		waiting.cancelByStudent(START.plusSeconds(600), CUTOFF);
		assertThat(waiting.getStatus()).isEqualTo(SignupStatus.CANCELLED);
		assertThat(waiting.wasConfirmed()).isFalse();
	}

	@Test
	void aCancelledSignUpIsNotCancelledAgain() {
		Signup signup = ShiftTests.shift(1).admit(1L, ShiftTests.BEFORE);
		signup.cancelByStudent(ShiftTests.BEFORE, CUTOFF);
		assertRefused(() -> signup.cancelByStudent(ShiftTests.BEFORE, CUTOFF), HttpStatus.CONFLICT,
				"signup.cancelled.already");
		assertRefused(() -> signup.cancelByOrganiser(ShiftTests.BEFORE), HttpStatus.CONFLICT,
				"signup.cancelled.already");
	}

	@Test
	void aWaitlistedSignUpIsPromotedAndThenCountsAsConfirmed() {
		Shift shift = ShiftTests.shift(1);
		shift.admit(1L, ShiftTests.BEFORE);
		Signup waiting = shift.admit(2L, ShiftTests.BEFORE);
		assertThat(waiting.isConfirmed()).isFalse();
		assertThat(waiting.wasConfirmed()).isFalse();
		waiting.promote();
		assertThat(waiting.isConfirmed()).isTrue();
		assertThat(waiting.wasConfirmed()).isTrue();
	}

	@Test
	void aWaitlistedSignUpCancelledWasNeverConfirmed() {
		Shift shift = ShiftTests.shift(1);
		shift.admit(1L, ShiftTests.BEFORE);
		Signup waiting = shift.admit(2L, ShiftTests.BEFORE);
		waiting.cancelByStudent(ShiftTests.BEFORE, CUTOFF);
		assertThat(waiting.getStatus()).isEqualTo(SignupStatus.CANCELLED);
		assertThat(waiting.wasConfirmed()).isFalse();
	}

}
