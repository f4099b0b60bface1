package org.practica.offer;

/**
 * Where an offer stands. Only published offers take suggestions and interest.
 */
public enum OfferStatus {

	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	/** Whether people outside the team see it. */
	public boolean isPublic() {
		return this == PUBLISHED || this == CLOSED;
	}

}
