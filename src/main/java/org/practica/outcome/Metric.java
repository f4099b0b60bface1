package org.practica.outcome;

/**
 * What a reach figure counts.
 */
public enum Metric {

	/** People who watched (a live broadcast, a video). */
	VIEWERS,

	/** Likes or cheers a post or broadcast received. */
	LIKES,

	/** People the project served in person. */
	PEOPLE_SERVED,

	/** Activities held. */
	ACTIVITIES,

	/** Volunteers who took part. */
	VOLUNTEERS

}
