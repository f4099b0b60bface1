package org.practica.need;

/**
 * A community admin wrote a new draft need.
 *
 * @param needId the need
 * @param communityId its community
 */
public record NeedCreated(Long needId, Long communityId) implements NeedEvent {

	@Override
	public String action() {
		return "created";
	}

}
