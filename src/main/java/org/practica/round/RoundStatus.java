package org.practica.round;

/**
 * Where a round stands: before its window, taking choices, closed and waiting to run, or
 * run.
 */
public enum RoundStatus {

	UPCOMING, OPEN, CLOSED, RUN

}
