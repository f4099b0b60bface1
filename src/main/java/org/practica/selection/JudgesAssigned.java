package org.practica.selection;

import org.practica.support.Activity;

/** Judges were assigned to every case of a selection. */
public record JudgesAssigned(Long selectionId, int cases, int judges) implements Activity {

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
		return "assigned";
	}

}
