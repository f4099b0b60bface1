package org.practica.round;

/**
 * A round ran: the students it placed hold confirmed sign-ups.
 */
public record RoundRun(Long roundId, int seats, int assigned, int unassigned) implements RoundActivity {

	@Override
	public String action() {
		return "run";
	}

}
