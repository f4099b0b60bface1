package org.practica.project;

/**
 * How the communities rated a team over the last year, which suggestions weigh as one
 * more explained factor. The module that keeps the ratings implements it (the project
 * module cannot ask it, as that module depends on this one); without an implementation no
 * team has a rating.
 */
public interface TeamRatings {

	/** No team has a rating. */
	TeamRatings NONE = teamId -> null;

	/**
	 * The team's rating, or null when it has none. Asked for every candidate while
	 * ranking, so it answers from memory.
	 * @param teamId the team
	 * @return its average and count, or null
	 */
	Rating of(long teamId);

	/**
	 * A team's published ratings over the last year.
	 *
	 * @param average the mean of every score given, 1–5
	 * @param count how many ratings
	 */
	record Rating(double average, long count) {
	}

}
