package org.practica.selection;

import org.practica.support.Activity;

/** A case was published into the public case library. */
public record CasePublished(Long caseId, Long selectionId, Long organisationId, String title) implements Activity {

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
		return "published";
	}

}
