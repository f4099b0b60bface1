package org.practica.need;

/**
 * A need was withdrawn.
 *
 * @param needId the need
 * @param communityId its community
 */
public record NeedCancelled(Long needId, Long communityId) implements NeedEvent {

	@Override
	public String action() {
		return "cancelled";
	}

}
