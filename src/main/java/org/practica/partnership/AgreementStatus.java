package org.practica.partnership;

/**
 * Where an agreement stands. DRAFT and TERMINATED are stored; ACTIVE, EXPIRING (within
 * {@link Agreement#EXPIRING_DAYS} days of its end) and EXPIRED follow from its dates and
 * today.
 */
public enum AgreementStatus {

	DRAFT, ACTIVE, EXPIRING, EXPIRED, TERMINATED;

	/** Whether projects may be linked and bases opened: signed and still running. */
	public boolean isInForce() {
		return this == ACTIVE || this == EXPIRING;
	}

}
