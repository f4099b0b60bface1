package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record ConsentGiven(Long consentId, Long studentId, ServiceKind kind, String textVersion) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-consent";
	}

	@Override
	public Long subjectId() {
		return this.consentId;
	}

	@Override
	public String action() {
		return "given";
	}

	/** A counselling booking's or consent's log line does not name who. */
	@Override
	public boolean withholdsActor() {
		return this.kind.isPrivate();
	}

}
