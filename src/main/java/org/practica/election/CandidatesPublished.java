package org.practica.election;

/**
 * The federation published the candidates: the ballot is set.
 *
 * @param electionId the election
 * @param candidates how many stand
 */
public record CandidatesPublished(Long electionId, int candidates) implements ElectionActivity {

	@Override
	public String action() {
		return "candidates-published";
	}

}
