package org.practica.record;

/** How a correction request was answered. */
public enum CorrectionAnswer {

	/** The entry corrected in the ledger: a new entry supersedes it. */
	CORRECTED,
	/** The missing hours recorded as a back-fill. */
	BACKFILLED,
	/** Refused, with a reason. */
	REFUSED;

}
