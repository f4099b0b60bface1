package org.practica.directory;

import org.junit.jupiter.api.Test;

import org.practica.support.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The resident ID number's rules (GB 11643) and how numbers are masked. */
class ResidentIdNumberTests {

	@Test
	void validNumbersPassIncludingAnXCheckCharacter() {
		assertThat(ResidentIdNumber.valid("320106199805120034")).isTrue();
		assertThat(ResidentIdNumber.valid("11010519491231002X")).isTrue();
		assertThat(ResidentIdNumber.valid("33010219991231456X")).isTrue();
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
	}

	@Test
	void aWrongCheckCharacterIsRefusedAsSuch() {
		assertThat(ResidentIdNumber.fault("320106199805120035")).isEqualTo(ResidentIdNumber.Fault.CHECK_DIGIT);
		assertThat(ResidentIdNumber.fault("110105194912310029")).isEqualTo(ResidentIdNumber.Fault.CHECK_DIGIT);
		// an x in lower case is no check character until normalised
		assertThat(ResidentIdNumber.valid("11010519491231002x")).isFalse();
		assertThat(ResidentIdNumber.valid(ResidentIdNumber.normalise(" 11010519491231002x "))).isTrue();
	}

	@Test
	void aBadLengthOrBirthDateIsRefusedAsSuch() {
		assertThat(ResidentIdNumber.fault("32010619980512003")).isEqualTo(ResidentIdNumber.Fault.LENGTH);
		assertThat(ResidentIdNumber.fault("3201061998051200341")).isEqualTo(ResidentIdNumber.Fault.LENGTH);
		assertThat(ResidentIdNumber.fault("32010619980512003A")).isEqualTo(ResidentIdNumber.Fault.LENGTH);
		assertThat(ResidentIdNumber.fault("320106199802300034")).isEqualTo(ResidentIdNumber.Fault.BIRTH_DATE);
		assertThat(ResidentIdNumber.fault("320106199813010034")).isEqualTo(ResidentIdNumber.Fault.BIRTH_DATE);
	}

	@Test
	void identityNamesTheFieldWithTheFault() {
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> new Identity("RESIDENT_ID_CARD", "320106199805120035", null).checked())
			.satisfies(p -> {
				assertThat(p.errors().get(0).field()).isEqualTo("idNumber");
				assertThat(p.errors().get(0).messageKey()).isEqualTo("account.id-number.check-digit");
			});
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> new Identity("DRIVING_LICENCE", "123456", null).checked())
			.satisfies(p -> assertThat(p.errors().get(0).field()).isEqualTo("idType"));
		assertThat(new Identity(null, "11010519491231002x", "V-1").checked())
			.isEqualTo(new Identity.Checked(IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", "V-1"));
		assertThat(new Identity("PASSPORT", "E12345678", null).checked().type()).isEqualTo(IdDocumentType.PASSPORT);
		assertThat(new Identity("居民身份证", "320106199805120034", null).checked().type())
			.isEqualTo(IdDocumentType.RESIDENT_ID_CARD);
	}

	@Test
	void numbersAreMaskedKeepingOnlyTheEnds() {
		assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(ResidentIdNumber.mask("E12345678")).isEqualTo("E1*****78");
		assertThat(ResidentIdNumber.mask(null)).isNull();
	}

}
