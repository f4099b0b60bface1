package org.practica;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Asserts that a rule refuses: with which status, and which message (a bad field's own
 * message, for a {@link FieldProblem}).
 */
public final class Refusals {

	private Refusals() {
	}

	public static void assertRefused(ThrowingCallable action, HttpStatus status, String messageKey) {
		assertThatExceptionOfType(Problem.class).isThrownBy(action).satisfies(problem -> {
			assertThat(problem.status()).isEqualTo(status);
			String key = (problem instanceof FieldProblem fields) ? fields.errors().get(0).messageKey()
					: problem.messageKey();
			assertThat(key).isEqualTo(messageKey);
		});
	}

}
