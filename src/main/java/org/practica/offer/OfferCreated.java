package org.practica.offer;

/**
 * A team wrote a new draft offer.
 *
 * @param offerId the offer
 * @param teamId its team
 */
public record OfferCreated(Long offerId, Long teamId) implements OfferEvent {

	@Override
	public String action() {
		return "created";
	}

}
