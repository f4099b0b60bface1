package org.practica.signup;

/**
 * A student's place on a shift.
 */
public enum SignupStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
