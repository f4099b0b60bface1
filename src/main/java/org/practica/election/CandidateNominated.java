package org.practica.election;

/**
 * A member nominated themselves.
 *
 * @param electionId the election
 * @param candidateId the nomination
 */
public record CandidateNominated(Long electionId, Long candidateId) implements ElectionActivity {

	@Override
	public String action() {
		return "nominated";
	}

}
