package org.practica.hours;

/**
 * Where an hours entry came from.
 */
public enum HoursSource {

	ATTENDANCE, BACKFILL, CORRECTION

}
