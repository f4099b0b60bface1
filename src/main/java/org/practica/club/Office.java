package org.practica.club;

/**
 * An office a member may hold: president, vice-president, secretary, treasurer.
 */
public enum Office {

	PRESIDENT, VICE_PRESIDENT, SECRETARY, TREASURER

}
