package org.practica.notice;

/** Where an objection stands: waiting for a decision, upheld, or dismissed. */
public enum ObjectionStatus {

	OPEN, UPHELD, DISMISSED

}
