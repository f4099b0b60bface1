package org.practica.offer;

/**
 * A draft or published offer was edited.
 *
 * @param offerId the offer
 * @param teamId its team
 */
public record OfferUpdated(Long offerId, Long teamId) implements OfferEvent {

	@Override
	public String action() {
		return "edited";
	}

}
