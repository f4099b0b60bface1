package org.practica.round;

/**
 * What a round meant for one student, each with a sentence in the message files
 * ({@code round.reason.<name>}).
 */
public enum RoundOutcome {

	/** Assigned to one of their choices, now a confirmed sign-up. */
	ASSIGNED,

	/** Every choice was filled by applicants its criteria ranked higher. */
	FILLED,

	/** They held an overlapping shift at the time of every choice. */
	UNAVAILABLE,

	/**
	 * The engine chose a shift for them, but the place could not be confirmed (they had
	 * taken an overlapping shift meanwhile).
	 */
	REFUSED,

	/** They ranked no shift. */
	NO_CHOICES,

	/** The round has not run yet. */
	NOT_RUN

}
