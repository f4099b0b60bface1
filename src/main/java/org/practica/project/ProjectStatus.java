package org.practica.project;

/**
 * Where a project stands.
 */
public enum ProjectStatus {

	ACTIVE, COMPLETED, CANCELLED

}
