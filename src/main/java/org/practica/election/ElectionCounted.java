package org.practica.election;

/**
 * The votes were counted at the close and the ballots published.
 *
 * @param electionId the election
 * @param ballotsCast how many ballots
 * @param chainHead the hash of the last published ballot
 * @param winnerCandidateId the winner, or null (a tie to run off, or none)
 */
public record ElectionCounted(Long electionId, int ballotsCast, String chainHead,
		Long winnerCandidateId) implements ElectionActivity {

	@Override
	public String action() {
		return "counted";
	}

}
