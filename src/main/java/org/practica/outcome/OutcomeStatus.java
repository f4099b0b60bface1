package org.practica.outcome;

/**
 * Where a report stands: a draft only its writers see, then published for everyone
 * (final).
 */
public enum OutcomeStatus {

	DRAFT, PUBLISHED

}
