package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record SlotsPublished(Long slotId, Long serviceId, Long providerId, int count) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-slot";
	}

	@Override
	public Long subjectId() {
		return this.slotId;
	}

	@Override
	public String action() {
		return "published";
	}

}
