package org.practica.offer;

import java.time.Instant;

/**
 * A draft offer was put on the public service list.
 *
 * @param offerId the offer
 * @param teamId its team
 * @param publishedAt when it was first published
 */
public record OfferPublished(Long offerId, Long teamId, Instant publishedAt) implements OfferEvent {

	@Override
	public String action() {
		return "published";
	}

}
