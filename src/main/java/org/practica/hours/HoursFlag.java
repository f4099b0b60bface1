package org.practica.hours;

/**
 * Why a verifier should look at an entry twice before verifying it.
 */
public enum HoursFlag {

	/** It records no hours at all: a check-out too late or too early, or a slip. */
	ZERO_HOURS,

	/**
	 * It records more hours for one day than anyone plausibly serves in a day
	 * ({@code practica.hours.plausible-per-day}).
	 */
	LONGER_THAN_A_DAY,

	/** It records more hours for a shift than the shift lasted. */
	LONGER_THAN_THE_SHIFT

}
