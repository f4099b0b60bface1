package org.practica.directory;

import java.util.Locale;
import java.util.regex.Pattern;

import org.practica.support.FieldProblem;

/**
 * An account's email address as it is kept: without surrounding blanks, in lower case (so
 * that one address is one account, however it was typed), at most 254 characters, with
 * one {@code @} and a dot in the domain.
 */
final class EmailAddress {

	static final int MAX_LENGTH = 254;

	private static final Pattern FORM = Pattern
		.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+");

	private EmailAddress() {
	}

	/** The address as kept, or {@code null} for none (blank). */
	static String normalise(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether a normalised address has the form of one. */
	static boolean valid(String normalised) {
		return normalised.length() <= MAX_LENGTH && FORM.matcher(normalised).matches();
	}

	/**
	 * The address as kept, or {@code null} for none; a 400 naming the field when it is no
	 * address.
	 */
	static String checked(String field, String typed) {
		String address = normalise(typed);
		if (address != null && !valid(address)) {
			throw FieldProblem.invalid(field, "account.email.invalid");
		}
		return address;
	}

}
