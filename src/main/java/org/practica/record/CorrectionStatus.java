package org.practica.record;

/** Where a correction request stands. */
public enum CorrectionStatus {

	/** Waiting for the project's community. */
	OPEN,
	/** Unanswered past its deadline: raised to the street or district above. */
	ESCALATED,
	/** Answered: the entry corrected, the missing hours recorded, or refused. */
	ANSWERED;

}
