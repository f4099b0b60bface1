package org.practica.award;

/**
 * What a call awards: an outstanding volunteer (a student), organisation (a team) or
 * project.
 */
public enum AwardCategory {

	VOLUNTEER, ORGANISATION, PROJECT

}
