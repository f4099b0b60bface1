package org.practica.selection;

import org.practica.support.Activity;

/** An account was invited to judge a selection. */
public record JudgeInvited(Long selectionId, Long judgeAccountId) implements Activity {

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
		return "judge-invited";
	}

}
