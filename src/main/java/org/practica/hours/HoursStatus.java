package org.practica.hours;

/**
 * Where an hours entry stands. Only verified hours count.
 */
public enum HoursStatus {

	PENDING, VERIFIED, DISPUTED, SUPERSEDED

}
