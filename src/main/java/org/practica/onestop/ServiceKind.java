package org.practica.onestop;

/** The four kinds of service the one-stop community offers. */
public enum ServiceKind {

	ACADEMIC, EMPLOYMENT, COUNSELLING, SAFETY;

	/** Whether its bookings are private: consent first, notes sealed, counts hidden. */
	public boolean isPrivate() {
		return this == COUNSELLING;
	}

}
