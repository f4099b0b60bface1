package org.practica.election;

/**
 * The federation found a candidate eligible or not.
 *
 * @param electionId the election
 * @param candidateId the nomination
 * @param eligible whether eligible
 */
public record CandidateDecided(Long electionId, Long candidateId, boolean eligible) implements ElectionActivity {

	@Override
	public String action() {
		return this.eligible ? "candidate-eligible" : "candidate-ineligible";
	}

}
