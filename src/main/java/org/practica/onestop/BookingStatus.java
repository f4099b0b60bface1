package org.practica.onestop;

/** Where a booking stands. */
public enum BookingStatus {

	BOOKED, CANCELLED, NO_SHOW

}
