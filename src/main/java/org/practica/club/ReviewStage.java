package org.practica.club;

/**
 * Who decides next: the federation, then a university admin (校团委).
 */
public enum ReviewStage {

	FEDERATION, UNIVERSITY

}
