package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log: a service's title, location or hall changed. */
public record ServiceRevised(Long serviceId, Long organisationId) implements Activity {

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
