package org.practica.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The rules of a resident ID number (GB 11643-1999): 17 digits, the first six the address
 * code, then the birth date as yyyyMMdd, a sequence number, and a check character by ISO
 * 7064 MOD 11-2 ({@code X} standing for ten). Also how any ID number is shown to those
 * who may not read it whole.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECKS = "10X98765432";

	private ResidentIdNumber() {
	}

	/** What is wrong with a resident ID number, or null when nothing is. */
	public static Fault fault(String number) {
		if (number == null || number.length() != 18 || !IdDocumentType.RESIDENT_ID_CARD.fits(number)) {
			return Fault.LENGTH;
		}
		LocalDate born;
		try {
			born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return Fault.BIRTH_DATE;
		}
		if (born.getYear() < 1900 || born.isAfter(LocalDate.of(2100, 1, 1))) {
			return Fault.BIRTH_DATE;
		}
		if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
			return Fault.CHECK_DIGIT;
		}
		return null;
	}

	/** Whether the number is a valid resident ID number. */
	public static boolean valid(String number) {
		return fault(number) == null;
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(String seventeenDigits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECKS.charAt(sum % 11);
	}

	/** The number as typed, without spaces, in upper case; null for blank. */
	public static String normalise(String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The number masked for anyone but its owner and the national export: an 18-character
	 * one as {@code 110101********123X}, a shorter one with its first and last two
	 * characters kept.
	 */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		int length = number.length();
		if (length >= 15) {
			return number.substring(0, 6) + "*".repeat(length - 10) + number.substring(length - 4);
		}
		if (length <= 4) {
			return "*".repeat(length);
		}
		return number.substring(0, 2) + "*".repeat(length - 4) + number.substring(length - 2);
	}

	/** What makes a resident ID number wrong, each with its message. */
	public enum Fault {

		LENGTH("account.id-number.resident-length"), BIRTH_DATE("account.id-number.birth-date"),
		CHECK_DIGIT("account.id-number.check-digit");

		private final String messageKey;

		Fault(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
