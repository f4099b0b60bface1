package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record ServiceOffered(Long serviceId, Long organisationId, ServiceKind kind) implements Activity {

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
		return "offered";
	}

}
