package org.practica.offer;

import org.practica.support.Activity;

/**
 * An offer was created, edited, published, closed or cancelled.
 *
 * @param offerId the offer
 * @param teamId its team
 * @param status its status now
 * @param action what happened
 */
public record OfferChanged(Long offerId, Long teamId, OfferStatus status, String action) implements Activity {

	@Override
	public String subjectType() {
		return "offer";
	}

	@Override
	public Long subjectId() {
		return this.offerId;
	}

}
