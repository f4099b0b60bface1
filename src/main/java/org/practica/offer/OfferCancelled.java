package org.practica.offer;

/**
 * An offer was withdrawn.
 *
 * @param offerId the offer
 * @param teamId its team
 */
public record OfferCancelled(Long offerId, Long teamId) implements OfferEvent {

	@Override
	public String action() {
		return "cancelled";
	}

}
