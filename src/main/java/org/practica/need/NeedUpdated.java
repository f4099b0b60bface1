package org.practica.need;

/**
 * A draft or published need was edited.
 *
 * @param needId the need
 * @param communityId its community
 */
public record NeedUpdated(Long needId, Long communityId) implements NeedEvent {

	@Override
	public String action() {
		return "edited";
	}

}
