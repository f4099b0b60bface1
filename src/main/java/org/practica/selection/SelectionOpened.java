package org.practica.selection;

import org.practica.support.Activity;

/** A selection was opened for cases. */
public record SelectionOpened(Long selectionId, Long organisationId, String title) implements Activity {

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
		return "opened";
	}

}
