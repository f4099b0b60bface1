package org.practica.directory;

import java.util.regex.Pattern;

import org.practica.support.FieldProblem;

/**
 * What the national volunteer-record rules ask of a person: the ID document's type and
 * number, and the national volunteer number where the person has one. All three may be
 * left empty; a number needs its type (a resident ID card when none is named).
 *
 * @param idType the document type, such as {@code RESIDENT_ID_CARD}
 * @param idNumber the document's number
 * @param volunteerNumber the national volunteer system's number
 */
public record Identity(String idType, String idNumber, String volunteerNumber) {

	private static final Pattern VOLUNTEER_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

	/**
	 * The identity checked and normalised; a bad field is refused with a message naming
	 * it (400).
	 */
	public Checked checked() {
		Checked.Result result = check();
		if (result.field() != null) {
			throw FieldProblem.invalid(result.field(), result.messageKey());
		}
		return result.checked();
	}

	/** What is wrong, naming the field and its message, or the checked identity. */
	Checked.Result check() {
		IdDocumentType type;
		try {
			type = IdDocumentType.parse(this.idType);
		}
		catch (IllegalArgumentException ex) {
			return Checked.Result.wrong("idType", "account.id-type.unknown");
		}
		String number = ResidentIdNumber.normalise(this.idNumber);
		if (number != null && type == null) {
			type = IdDocumentType.RESIDENT_ID_CARD;
		}
		if (number == null && type != null) {
			return Checked.Result.wrong("idNumber", "account.id-number.required");
		}
		if (number != null) {
			if (type == IdDocumentType.RESIDENT_ID_CARD) {
				ResidentIdNumber.Fault fault = ResidentIdNumber.fault(number);
				if (fault != null) {
					return Checked.Result.wrong("idNumber", fault.messageKey());
				}
			}
			else if (!type.fits(number)) {
				return Checked.Result.wrong("idNumber", "account.id-number.pattern." + type.name());
			}
		}
		String volunteer = (this.volunteerNumber == null || this.volunteerNumber.isBlank()) ? null
				: this.volunteerNumber.strip();
		if (volunteer != null && !VOLUNTEER_NUMBER.matcher(volunteer).matches()) {
			return Checked.Result.wrong("volunteerNumber", "account.volunteer-number.pattern");
		}
		return new Checked.Result(new Checked(type, number, volunteer), null, null);
	}

	/**
	 * An identity that passed its checks.
	 *
	 * @param type the document type, or null when none is given
	 * @param number its number, normalised
	 * @param volunteerNumber the volunteer number, or null
	 */
	public record Checked(IdDocumentType type, String number, String volunteerNumber) {

		record Result(Checked checked, String field, String messageKey) {

			static Result wrong(String field, String messageKey) {
				return new Result(null, field, messageKey);
			}

		}

	}

}
