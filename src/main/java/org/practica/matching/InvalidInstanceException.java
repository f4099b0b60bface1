package org.practica.matching;

/**
 * Thrown when an instance file is malformed or inconsistent; the message names the
 * offending id.
 */
public class InvalidInstanceException extends RuntimeException {

	public InvalidInstanceException(String message) {
		super(message);
	}

	public InvalidInstanceException(String message, Throwable cause) {
		super(message, cause);
	}

}
