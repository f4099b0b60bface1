package org.practica.onestop;

import org.practica.support.Activity;

/**
 * Kept in the activity log: a service's title, location or hall changed, to these;
 * {@code moved} when its location is now another, which its booked students are told.
 */
public record ServiceRevised(Long serviceId, Long organisationId, String title, String location,
		boolean moved) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-service";
	}

	@Override
	public Long subjectId() {
		return this.serviceId;
	}

	@Override
	public String action() {
		return "revised";
	}

}
