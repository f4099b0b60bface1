package org.practica.support;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * Bad input in named fields (400), values the data cannot take (422), or rows of an
 * imported file (422). Each error carries a message key.
 */
public class FieldProblem extends Problem {

	private final transient List<FieldError> errors;

	public FieldProblem(HttpStatus status, List<FieldError> errors) {
		super(status, summary(status, errors));
		this.errors = List.copyOf(errors);
	}

	/**
	 * What the problem says as a whole: bad fields, rows of a file, or values refused.
	 */
	private static String summary(HttpStatus status, List<FieldError> errors) {
		if (errors.stream().anyMatch(e -> e.row() != null)) {
			return "problem.rows";
		}
		return status == HttpStatus.BAD_REQUEST ? "problem.invalid" : "problem.unprocessable";
	}

	public static FieldProblem invalid(String field, String messageKey, Object... arguments) {
		return new FieldProblem(HttpStatus.BAD_REQUEST, List.of(new FieldError(null, field, messageKey, arguments)));
	}

	/** A well-formed request the data cannot satisfy (422), naming the field. */
	public static FieldProblem unprocessable(String field, String messageKey, Object... arguments) {
		return new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(new FieldError(null, field, messageKey, arguments)));
	}

	/** Shows the errors next to the fields of a page's form. */
	public void rejectInto(Errors target) {
		for (FieldError e : this.errors) {
			try {
				target.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
			}
			catch (org.springframework.beans.BeansException notOnTheForm) {
				// a rule about something the form has no field for (the organisation in
				// the
				// address, say): the message stands above the form
				target.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
		}
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * One bad field.
	 *
	 * @param row the row number of an imported file (1 = the first data row), or null
	 * @param field the field name
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public record FieldError(Integer row, String field, String messageKey, Object[] arguments) {
	}

}
