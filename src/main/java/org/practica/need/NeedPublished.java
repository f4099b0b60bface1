package org.practica.need;

import java.time.Instant;

/**
 * A need was published on the demand list.
 *
 * @param needId the need
 * @param communityId its community
 * @param organisationPath the community's path in the locality tree
 * @param publishedAt when it was first published
 */
public record NeedPublished(Long needId, Long communityId, String organisationPath, Instant publishedAt) {
}
