package org.practica.partnership;

/**
 * Where an agreement stands. DRAFT (no party signed), AWAITING_OTHER_PARTY (one party
 * signed) and TERMINATED follow from what is stored; ACTIVE, EXPIRING (within
 * {@link Agreement#EXPIRING_DAYS} days of its end) and EXPIRED, for an agreement both
 * parties signed, from its dates and today.
 */
public enum AgreementStatus {

	DRAFT, AWAITING_OTHER_PARTY, ACTIVE, EXPIRING, EXPIRED, TERMINATED;

	/** Whether projects may be linked and bases opened: signed and still running. */
	public boolean isInForce() {
		return this == ACTIVE || this == EXPIRING;
	}

}
