package org.practica.election;

import java.time.Instant;

import org.practica.club.Office;

/**
 * An election was called (or a runoff): the club's members are told.
 *
 * @param electionId the election
 * @param clubId its club
 * @param clubName the club's name
 * @param office the office elected
 * @param nominationsClose when nominations end (a runoff has none)
 * @param runoff whether it is a runoff
 */
public record ElectionCalled(Long electionId, Long clubId, String clubName, Office office, Instant nominationsClose,
		boolean runoff) implements ElectionActivity {

	@Override
	public String action() {
		return this.runoff ? "runoff-called" : "called";
	}

}
