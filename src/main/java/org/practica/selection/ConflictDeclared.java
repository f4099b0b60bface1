package org.practica.selection;

import org.practica.support.Activity;

/** A judge declared a conflict with an organisation. */
public record ConflictDeclared(Long selectionId, Long judgeAccountId, Long organisationId) implements Activity {

	@Override
	public String subjectType() {
		return "selection";
	}

	@Override
	public Long subjectId() {
		return this.selectionId;
	}

	@Override
	public String action() {
		return "conflict-declared";
	}

}
