package org.practica.selection;

import org.practica.support.Activity;

/** An organisation submitted a case to a selection. */
public record CaseSubmitted(Long caseId, Long selectionId, Long organisationId, String title) implements Activity {

	@Override
	public String subjectType() {
		return "case";
	}

	@Override
	public Long subjectId() {
		return this.caseId;
	}

	@Override
	public String action() {
		return "submitted";
	}

}
