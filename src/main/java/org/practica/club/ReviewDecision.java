package org.practica.club;

/**
 * A reviewer's decision: approve (to the next stage, or done), return with comments for
 * changes, or reject.
 */
public enum ReviewDecision {

	APPROVE, RETURN, REJECT

}
