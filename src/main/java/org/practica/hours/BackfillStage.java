package org.practica.hours;

/**
 * Where a back-fill stands between its two approvals: the project's community verifies
 * it, then the student's university approves it, and only then it counts. Entries from
 * attendance and corrections have no stage.
 */
public enum BackfillStage {

	/** Sent by the student; the community has not verified it yet. */
	AWAITING_COMMUNITY,

	/** Verified by the community; waits for the university's approval. */
	AWAITING_UNIVERSITY,

	/** Approved by the university after the community: verified. */
	APPROVED,

	/**
	 * Disputed after the community verified it: final, the student sends a new back-fill.
	 */
	REFUSED

}
