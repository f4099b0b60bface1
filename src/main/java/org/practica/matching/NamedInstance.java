package org.practica.matching;

/**
 * An instance together with the ids its students and positions have in the outside world,
 * in the order the input defined them: index {@code i} of the engine is
 * {@code studentId(i)} or {@code positionId(i)}.
 */
public final class NamedInstance {

	private final MatchingInstance instance;

	private final IdNames studentIds;

	private final IdNames positionIds;

	NamedInstance(MatchingInstance instance, IdNames studentIds, IdNames positionIds) {
		this.instance = instance;
		this.studentIds = studentIds;
		this.positionIds = positionIds;
	}

	public MatchingInstance instance() {
		return this.instance;
	}

	public String studentId(int student) {
		return this.studentIds.get(student);
	}

	public String positionId(int position) {
		return this.positionIds.get(position);
	}

}
