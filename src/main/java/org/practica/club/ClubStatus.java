package org.practica.club;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a club stands: applied, returned for changes, rejected, in its public notice
 * (公示), on probation, active, suspended or cancelled.
 */
public enum ClubStatus {

	APPLIED, RETURNED, REJECTED, NOTICE, PROBATION, ACTIVE, SUSPENDED, CANCELLED;

	/** The statuses in which a club is shown to everyone. */
	public static final Set<ClubStatus> PUBLIC = EnumSet.of(NOTICE, PROBATION, ACTIVE, SUSPENDED);

	/** Whether the club is registered: approved, whether still on notice or probation. */
	public boolean isRegistered() {
		return this == NOTICE || this == PROBATION || this == ACTIVE || this == SUSPENDED;
	}

	/** Whether the club may hold activities and spend. */
	public boolean isRunning() {
		return this == PROBATION || this == ACTIVE;
	}

}
