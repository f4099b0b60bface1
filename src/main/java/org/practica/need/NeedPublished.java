package org.practica.need;

import java.time.Instant;

/**
 * A draft need was put on the public demand list.
 *
 * @param needId the need
 * @param communityId its community
 * @param organisationPath the community's path in the organisation tree
 * @param publishedAt when it was first published
 */
public record NeedPublished(Long needId, Long communityId, String organisationPath,
		Instant publishedAt) implements NeedEvent {

	@Override
	public String action() {
		return "published";
	}

}
