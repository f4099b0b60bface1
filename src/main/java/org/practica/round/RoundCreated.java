package org.practica.round;

/**
 * A matching round was created over shifts of an organisation's projects.
 */
public record RoundCreated(Long roundId, Long organisationId) implements RoundActivity {

	@Override
	public String action() {
		return "created";
	}

}
