package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record BookingCancelled(Long bookingId, Long slotId, Long studentId, Long providerId, ServiceKind kind,
		boolean byStudent) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-booking";
	}

	@Override
	public Long subjectId() {
		return this.bookingId;
	}

	@Override
	public String action() {
		return "cancelled";
	}

	/** A counselling booking's or consent's log line does not name who. */
	@Override
	public boolean withholdsActor() {
		return this.kind.isPrivate();
	}

}
