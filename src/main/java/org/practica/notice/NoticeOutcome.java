package org.practica.notice;

import java.util.List;

/**
 * What a notice comes to so far, for its owner: its state, and its subjects' references
 * by where they stand.
 *
 * @param noticeId the notice
 * @param state where it stands; the lists are final only when {@link NoticeState#ENDED}
 * @param clearedRefs subjects without an open or upheld objection, in the notice's order
 * @param upheldRefs subjects with an upheld objection
 * @param undecidedRefs subjects held by an objection not yet decided (and none upheld)
 */
public record NoticeOutcome(Long noticeId, NoticeState state, List<String> clearedRefs, List<String> upheldRefs,
		List<String> undecidedRefs) {

	/**
	 * Whether the outcome is final: the window passed and every objection was decided.
	 */
	public boolean isFinal() {
		return this.state == NoticeState.ENDED;
	}

}
