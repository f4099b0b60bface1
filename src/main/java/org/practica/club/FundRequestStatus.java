package org.practica.club;

/**
 * Where a fund request stands: submitted (the federation reviews), forwarded (a
 * university admin decides), granted, returned with comments, or rejected.
 */
public enum FundRequestStatus {

	SUBMITTED, FORWARDED, GRANTED, RETURNED, REJECTED;

	/** The stage that decides next, or null when decided. */
	public ReviewStage stage() {
		return switch (this) {
			case SUBMITTED -> ReviewStage.FEDERATION;
			case FORWARDED -> ReviewStage.UNIVERSITY;
			default -> null;
		};
	}

}
