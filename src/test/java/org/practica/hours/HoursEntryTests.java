package org.practica.hours;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practica.Refusals.assertRefused;

/**
 * An hours entry's states: an attendance entry is verified by the community; a back-fill
 * by the community and then the university; either may be disputed; a correction
 * supersedes.
 */
class HoursEntryTests {

	private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

	private static final boolean COMMUNITY = true;

	private static final boolean UNIVERSITY = true;

	@Test
	void aNewAttendanceEntryIsPendingWithNoStage() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.PENDING);
		assertThat(entry.getBackfillStage()).isNull();
		assertThat(entry.awaitsUniversity()).isFalse();
		assertThat(entry.getRecordedAt()).isEqualTo(NOW);
	}

	@Test
	void theCommunityVerifiesAnAttendanceEntryAndItCounts() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		assertThat(entry.verify(COMMUNITY, false, NOW, "community")).isEqualTo(HoursEntry.Verification.VERIFIED);
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.VERIFIED);
		assertThat(entry.getCommunityVerifiedAt()).isEqualTo(NOW);
	}

	@Test
	void theUniversityAloneMayNotVerifyAnAttendanceEntry() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		assertRefused(() -> entry.verify(false, UNIVERSITY, NOW, "university"), HttpStatus.FORBIDDEN,
				"problem.forbidden");
		assertRefused(() -> entry.verify(false, false, NOW, "someone"), HttpStatus.FORBIDDEN, "problem.forbidden");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.PENDING);
	}

	@Test
	void aVerifiedEntryIsNotVerifiedNorDisputedAgain() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		entry.verify(COMMUNITY, false, NOW, "community");
		assertRefused(() -> entry.verify(COMMUNITY, false, NOW, "community"), HttpStatus.CONFLICT,
				"hours.verified.already");
		assertRefused(() -> entry.dispute("wrong"), HttpStatus.CONFLICT, "hours.verified.already");
	}

	@Test
	void aDisputedAttendanceEntryMayStillBeVerified() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		entry.dispute("left early");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.DISPUTED);
		assertThat(entry.getDisputeReason()).isEqualTo("left early");
		entry.verify(COMMUNITY, false, NOW, "community");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.VERIFIED);
		assertThat(entry.getDisputeReason()).isNull();
	}

	@Test
	void aSupersededEntryIsFinal() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		entry.supersede();
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.SUPERSEDED);
		assertRefused(entry::supersede, HttpStatus.CONFLICT, "hours.superseded.already");
		assertRefused(() -> entry.verify(COMMUNITY, false, NOW, "community"), HttpStatus.CONFLICT,
				"hours.superseded.already");
		assertRefused(() -> entry.dispute("no"), HttpStatus.CONFLICT, "hours.superseded.already");
	}

	@Test
	void aVerifiedEntryMayBeSupersededByACorrection() {
		HoursEntry entry = entry(HoursSource.ATTENDANCE);
		entry.verify(COMMUNITY, false, NOW, "community");
		entry.supersede();
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.SUPERSEDED);
	}

	@Test
	void aBackfillCountsOnlyAfterTheCommunityAndThenTheUniversity() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_COMMUNITY);

		assertThat(entry.verify(COMMUNITY, false, NOW, "community"))
			.isEqualTo(HoursEntry.Verification.COMMUNITY_VERIFIED);
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.PENDING);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_UNIVERSITY);
		assertThat(entry.awaitsUniversity()).isTrue();

		assertThat(entry.verify(false, UNIVERSITY, NOW.plusSeconds(60), "university"))
			.isEqualTo(HoursEntry.Verification.UNIVERSITY_APPROVED);
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.VERIFIED);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.APPROVED);
		assertThat(entry.awaitsUniversity()).isFalse();
		assertThat(entry.getCommunityVerifiedAt()).isEqualTo(NOW);
	}

	@Test
	void theUniversityMayNotApproveWhatTheCommunityHasNotVerified() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		assertRefused(() -> entry.verify(false, UNIVERSITY, NOW, "university"), HttpStatus.CONFLICT,
				"hours.approve.not-ready");
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_COMMUNITY);
	}

	@Test
	void theCommunityMayNotApproveForTheUniversity() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		entry.verify(COMMUNITY, false, NOW, "community");
		assertRefused(() -> entry.verify(COMMUNITY, false, NOW, "community"), HttpStatus.CONFLICT,
				"hours.verified.community-already");
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_UNIVERSITY);
	}

	@Test
	void anAdminOfBothSidesTakesTheTwoStepsOneAtATime() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		assertThat(entry.verify(COMMUNITY, UNIVERSITY, NOW, "both"))
			.isEqualTo(HoursEntry.Verification.COMMUNITY_VERIFIED);
		assertThat(entry.verify(COMMUNITY, UNIVERSITY, NOW, "both"))
			.isEqualTo(HoursEntry.Verification.UNIVERSITY_APPROVED);
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.VERIFIED);
	}

	@Test
	void aBackfillDisputedBeforeTheCommunityVerifiedItMayStillBeVerified() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		entry.dispute("no photo of you there");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.DISPUTED);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_COMMUNITY);
		entry.verify(COMMUNITY, false, NOW, "community");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.PENDING);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.AWAITING_UNIVERSITY);
		assertThat(entry.awaitsUniversity()).isTrue();
	}

	@Test
	void aBackfillDisputedAfterTheCommunityVerifiedItIsRefusedForGood() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		entry.verify(COMMUNITY, false, NOW, "community");
		entry.dispute("not one of ours");
		assertThat(entry.getStatus()).isEqualTo(HoursStatus.DISPUTED);
		assertThat(entry.getBackfillStage()).isEqualTo(BackfillStage.REFUSED);
		assertThat(entry.awaitsUniversity()).isFalse();
		assertRefused(() -> entry.verify(false, UNIVERSITY, NOW, "university"), HttpStatus.CONFLICT,
				"hours.backfill.refused");
		assertRefused(() -> entry.verify(COMMUNITY, false, NOW, "community"), HttpStatus.CONFLICT,
				"hours.backfill.refused");
	}

	@Test
	void anApprovedBackfillIsFinal() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		entry.verify(COMMUNITY, false, NOW, "community");
		entry.verify(false, UNIVERSITY, NOW, "university");
		assertRefused(() -> entry.verify(false, UNIVERSITY, NOW, "university"), HttpStatus.CONFLICT,
				"hours.verified.already");
		assertRefused(() -> entry.dispute("late"), HttpStatus.CONFLICT, "hours.verified.already");
	}

	@Test
	void whoeverIsNeitherSideMayNotVerifyABackfill() {
		HoursEntry entry = entry(HoursSource.BACKFILL);
		assertRefused(() -> entry.verify(false, false, NOW, "someone"), HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@Test
	void theLedgerContentNamesWhatTheEntrySays() {
		assertThat(entry(HoursSource.BACKFILL).content()).isEqualTo(
				"student=7;project=8;shift=null;date=2026-11-10;hours=1.5;source=BACKFILL;supersedes=null;reason=missed");
	}

	@Test
	void anEntryIsFlaggedForZeroHoursMoreThanADayAndLongerThanItsShift() {
		BigDecimal day = new BigDecimal("12");
		Duration twoHours = Duration.ofHours(2);
		assertThat(entry(HoursSource.ATTENDANCE, "1.50").flags(day, twoHours)).isEmpty();
		assertThat(entry(HoursSource.ATTENDANCE, "0").flags(day, twoHours)).containsExactly(HoursFlag.ZERO_HOURS);
		assertThat(entry(HoursSource.CORRECTION, "2.50").flags(day, twoHours))
			.containsExactly(HoursFlag.LONGER_THAN_THE_SHIFT);
		assertThat(entry(HoursSource.ATTENDANCE, "2.00").flags(day, twoHours)).isEmpty();
		assertThat(entry(HoursSource.BACKFILL, "24").flags(day, null)).containsExactly(HoursFlag.LONGER_THAN_A_DAY);
		assertThat(entry(HoursSource.BACKFILL, "12").flags(day, null)).isEmpty();
	}

	private static HoursEntry entry(HoursSource source, String hours) {
		return new HoursEntry(1L, new HoursEntry.NewEntry(7L, 8L, null, LocalDate.of(2026, 11, 10),
				new BigDecimal(hours), source, "missed", null, "/1/2/3/", null, "/4/5/"), NOW, "student");
	}

	private static HoursEntry entry(HoursSource source) {
		return new HoursEntry(1L, new HoursEntry.NewEntry(7L, 8L, null, LocalDate.of(2026, 11, 10),
				new BigDecimal("1.50"), source, "missed", null, "/1/2/3/", null, "/4/5/"), NOW, "student");
	}

}
