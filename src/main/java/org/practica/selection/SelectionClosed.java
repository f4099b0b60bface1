package org.practica.selection;

import org.practica.support.Activity;

/** A selection was closed and its results frozen. */
public record SelectionClosed(Long selectionId, int cases) implements Activity {

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
		return "closed";
	}

}
