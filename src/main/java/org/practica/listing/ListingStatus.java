package org.practica.listing;

/**
 * Where a need or an offer stands. Only published ones take suggestions and interest.
 */
public enum ListingStatus {

	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	/** Whether people outside the owning organisation see it. */
	public boolean isPublic() {
		return this == PUBLISHED || this == CLOSED;
	}

	/** Whether it has not ended yet: it may still be edited or cancelled. */
	public boolean isOpen() {
		return this == DRAFT || this == PUBLISHED;
	}

}
