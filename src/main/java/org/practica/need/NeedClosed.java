package org.practica.need;

/**
 * A published need was closed: it takes no more offers.
 *
 * @param needId the need
 * @param communityId its community
 */
public record NeedClosed(Long needId, Long communityId) implements NeedEvent {

	@Override
	public String action() {
		return "closed";
	}

}
