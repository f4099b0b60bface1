package org.practica.need;

/**
 * Where a need stands. Only published needs take suggestions and interest.
 */
public enum NeedStatus {

	DRAFT, PUBLISHED, CLOSED, CANCELLED;

	/** Whether people outside the community see it. */
	public boolean isPublic() {
		return this == PUBLISHED || this == CLOSED;
	}

}
