package org.practica.offer;

/**
 * A published offer was closed: it takes no more needs.
 *
 * @param offerId the offer
 * @param teamId its team
 */
public record OfferClosed(Long offerId, Long teamId) implements OfferEvent {

	@Override
	public String action() {
		return "closed";
	}

}
