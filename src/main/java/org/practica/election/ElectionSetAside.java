package org.practica.election;

/**
 * The result was set aside: an objection was upheld, or the winner was no longer a
 * member.
 *
 * @param electionId the election
 * @param reason {@code objection-upheld}, {@code winner-left} or {@code runoff}
 */
public record ElectionSetAside(Long electionId, String reason) implements ElectionActivity {

	@Override
	public String action() {
		return "set-aside";
	}

}
