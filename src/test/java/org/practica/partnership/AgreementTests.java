package org.practica.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.directory.Organisation;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.practica.Refusals.assertRefused;

/**
 * An agreement is drafted, signed, renewed to later ends and terminated once; whether a
 * signed one is active, expiring or expired follows from its end and today.
 */
class AgreementTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 11);

	private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

	@Test
	void anEndBeforeTheStartIsRefused() {
		assertRefused(() -> agreement(TODAY, TODAY), HttpStatus.BAD_REQUEST, "agreement.ends.before-start");
	}

	@Test
	void aDraftIsSignedAndThenInForce() {
		Agreement agreement = agreement(TODAY.minusDays(10), TODAY.plusYears(1));
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.DRAFT);
		agreement.sign(Agreement.Party.LOCAL_SIDE, TODAY.minusDays(2), List.of(" 李书记 ", ""), "district", TODAY);
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.AWAITING_OTHER_PARTY);
		assertThat(agreement.status(TODAY).isInForce()).isFalse();
		assertThat(agreement.awaitedParty()).isEqualTo(Agreement.Party.UNIVERSITY_SIDE);
		assertThat(agreement.getSignedOn()).isNull();
		agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of(" 张校长 ", ""), "university", TODAY);
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.status(TODAY).isInForce()).isTrue();
		assertThat(agreement.awaitedParty()).isNull();
		assertThat(agreement.getSignatories()).containsExactly("张校长", "李书记");
		assertThat(agreement.getSignedOn()).isEqualTo(TODAY);
	}

	@Test
	void aSignedAgreementIsExpiringWithinSixtyDaysOfItsEndAndExpiredAfter() {
		Agreement agreement = agreement(TODAY.minusYears(1), TODAY.plusDays(Agreement.EXPIRING_DAYS));
		signBoth(agreement, TODAY.minusYears(1), List.of("张校长"));
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.EXPIRING);
		assertThat(agreement.status(TODAY.minusDays(1))).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.status(agreement.getEndsOn())).isEqualTo(AgreementStatus.EXPIRING);
		assertThat(agreement.status(agreement.getEndsOn().plusDays(1))).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(agreement.status(agreement.getEndsOn().plusDays(1)).isInForce()).isFalse();
	}

	@Test
	void signingIsRefusedOnAFutureDayWithoutSignatoriesAndOnceSigned() {
		Agreement agreement = agreement(TODAY, TODAY.plusYears(1));
		assertRefused(() -> agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY.plusDays(1), List.of("张校长"),
				"university", TODAY), HttpStatus.UNPROCESSABLE_CONTENT, "agreement.signed.future");
		assertRefused(
				() -> agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of(" ", ""), "university", TODAY),
				HttpStatus.BAD_REQUEST, "agreement.signatories.required");
		assertRefused(
				() -> agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY,
						List.of("名".repeat(Agreement.SIGNATORIES_MAX + 1)), "university", TODAY),
				HttpStatus.BAD_REQUEST, "agreement.signatories.too-long");
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.DRAFT);
		agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of("张校长"), "university", TODAY);
		assertRefused(() -> agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of("张校长"), "university", TODAY),
				HttpStatus.CONFLICT, "agreement.sign.already");
		agreement.sign(Agreement.Party.LOCAL_SIDE, TODAY, List.of("李书记"), "district", TODAY);
		assertRefused(() -> agreement.sign(Agreement.Party.LOCAL_SIDE, TODAY, List.of("李书记"), "district", TODAY),
				HttpStatus.CONFLICT, "agreement.sign.not-draft");
	}

	@Test
	void aSignedAgreementIsRenewedToALaterEndEvenAfterItExpired() {
		Agreement agreement = agreement(TODAY.minusYears(2), TODAY.minusDays(1));
		signBoth(agreement, TODAY.minusYears(2), List.of("张校长"));
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.EXPIRED);
		AgreementRenewal renewal = agreement.renew(TODAY.plusYears(1), TODAY, "admin", NOW);
		assertThat(agreement.getEndsOn()).isEqualTo(TODAY.plusYears(1));
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(renewal.getPreviousEndsOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(renewal.getNewEndsOn()).isEqualTo(TODAY.plusYears(1));
		assertThat(renewal.getRenewedBy()).isEqualTo("admin");
	}

	@Test
	void renewingIsRefusedForADraftAndToAnEndThatIsNotLater() {
		Agreement agreement = agreement(TODAY, TODAY.plusYears(1));
		assertRefused(() -> agreement.renew(TODAY.plusYears(2), TODAY, "admin", NOW), HttpStatus.CONFLICT,
				"agreement.renew.draft");
		agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of("张校长"), "university", TODAY);
		assertRefused(() -> agreement.renew(TODAY.plusYears(2), TODAY, "admin", NOW), HttpStatus.CONFLICT,
				"agreement.renew.draft");
		agreement.sign(Agreement.Party.LOCAL_SIDE, TODAY, List.of("李书记"), "district", TODAY);
		assertRefused(() -> agreement.renew(TODAY.plusYears(1), TODAY, "admin", NOW), HttpStatus.UNPROCESSABLE_CONTENT,
				"agreement.renew.not-later");
		assertThat(agreement.getEndsOn()).isEqualTo(TODAY.plusYears(1));
	}

	@Test
	void aTerminatedAgreementIsNeitherRenewedNorTerminatedAgain() {
		Agreement agreement = agreement(TODAY, TODAY.plusYears(1));
		signBoth(agreement, TODAY, List.of("张校长"));
		agreement.terminate(" 社区合并 ", TODAY);
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.TERMINATED);
		assertThat(agreement.getTerminatedOn()).isEqualTo(TODAY);
		assertThat(agreement.getTerminationReason()).isEqualTo("社区合并");
		assertRefused(() -> agreement.renew(TODAY.plusYears(2), TODAY, "admin", NOW), HttpStatus.CONFLICT,
				"agreement.renew.terminated");
		assertRefused(() -> agreement.terminate("again", TODAY), HttpStatus.CONFLICT, "agreement.terminate.already");
		assertRefused(() -> agreement.sign(Agreement.Party.UNIVERSITY_SIDE, TODAY, List.of("张校长"), "university", TODAY),
				HttpStatus.CONFLICT, "agreement.sign.not-draft");
	}

	@Test
	void aDraftMayBeTerminatedButOnlyForAReasonThatFits() {
		Agreement agreement = agreement(TODAY, TODAY.plusYears(1));
		assertRefused(() -> agreement.terminate(" ", TODAY), HttpStatus.BAD_REQUEST, "agreement.reason.required");
		assertRefused(() -> agreement.terminate("因".repeat(Agreement.TERMINATION_REASON_MAX + 1), TODAY),
				HttpStatus.BAD_REQUEST, "agreement.reason.too-long");
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.DRAFT);
		agreement.terminate("未能签署", TODAY);
		assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.TERMINATED);
	}

	private static void signBoth(Agreement agreement, LocalDate signedOn, List<String> signatories) {
		agreement.sign(Agreement.Party.UNIVERSITY_SIDE, signedOn, signatories, "university", TODAY);
		agreement.sign(Agreement.Party.LOCAL_SIDE, signedOn, signatories, "district", TODAY);
	}

	private static Agreement agreement(LocalDate startsOn, LocalDate endsOn) {
		return new Agreement(AgreementKind.values()[0], "共建协议", mock(Organisation.class), mock(Organisation.class),
				startsOn, endsOn);
	}

}
