package org.practica.matching;

/**
 * An instance together with the ids its students and positions have in the outside world:
 * index {@code i} of the engine is {@code studentIds[i]} or {@code positionIds[i]}, in
 * the order the input defined them.
 */
public final class NamedInstance {

	private final MatchingInstance instance;

	private final String[] studentIds;

	private final String[] positionIds;

	NamedInstance(MatchingInstance instance, String[] studentIds, String[] positionIds) {
		this.instance = instance;
		this.studentIds = studentIds;
		this.positionIds = positionIds;
	}

	public MatchingInstance instance() {
		return this.instance;
	}

	public String studentId(int student) {
		return this.studentIds[student];
	}

	public String positionId(int position) {
		return this.positionIds[position];
	}

}
