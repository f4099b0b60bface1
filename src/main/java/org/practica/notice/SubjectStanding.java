package org.practica.notice;

/**
 * Where a subject of a notice stands: no objection holds it, an undecided objection holds
 * it, or an objection to it was upheld.
 */
public enum SubjectStanding {

	CLEARED, HELD, UPHELD

}
