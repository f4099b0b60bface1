package org.practica.notice;

/**
 * Where a notice stands: not yet open, open for objections, past its window with
 * objections still undecided, or ended (past its window, every objection decided).
 */
public enum NoticeState {

	UPCOMING, RUNNING, AWAITING_DECISIONS, ENDED

}
