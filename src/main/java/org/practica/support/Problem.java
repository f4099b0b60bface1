package org.practica.support;

import org.springframework.http.HttpStatus;

/**
 * A request the rules refuse. Carries a message key (translated when shown) and its
 * arguments, and maps to one HTTP status: {@link #notFound} 404, {@link #forbidden} 403,
 * {@link #conflict} 409, {@link #unprocessable} 422, {@link #busy} 429.
 */
public class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	protected Problem(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** Not found, or not visible to the caller: the two look the same from outside. */
	public static Problem notFound() {
		return new Problem(HttpStatus.NOT_FOUND, "problem.not-found");
	}

	public static Problem forbidden() {
		return new Problem(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	public static Problem conflict(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public static Problem unprocessable(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	/** Too many of these requests are running now; the caller may try again shortly. */
	public static Problem busy(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.TOO_MANY_REQUESTS, messageKey, arguments);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
