package org.practica.election;

/**
 * A member voted. Says only that: never the choice, never the ballot or its tracker.
 *
 * @param electionId the election
 * @param voterId the member who voted (told that their vote was recorded)
 * @param clubName the club, for the member's notice
 */
public record BallotCast(Long electionId, Long voterId, String clubName) implements ElectionActivity {

	@Override
	public String action() {
		return "voted";
	}

}
