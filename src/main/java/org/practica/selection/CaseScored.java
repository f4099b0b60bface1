package org.practica.selection;

import org.practica.support.Activity;

/** A judge saved their score of a case. */
public record CaseScored(Long caseId, Long selectionId, Long judgeAccountId, double total) implements Activity {

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
		return "scored";
	}

}
