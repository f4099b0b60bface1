package org.practica.offer;

import org.practica.support.Activity;

/**
 * Something that happened to an offer; each is kept in the activity log.
 */
public sealed interface OfferEvent extends Activity
		permits OfferCreated, OfferUpdated, OfferPublished, OfferClosed, OfferCancelled {

	/** The offer. */
	Long offerId();

	/** Its team. */
	Long teamId();

	@Override
	default String subjectType() {
		return "offer";
	}

	@Override
	default Long subjectId() {
		return offerId();
	}

}
