package org.practica.matching;

/**
 * An assignment of students to positions, by index, with the number of proposals it took
 * to find it.
 */
public final class Matching {

	/** The position of a student who got none. */
	public static final int UNASSIGNED = -1;

	private final int[] positionOfStudent;

	private final long proposals;

	private final int assigned;

	Matching(int[] positionOfStudent, long proposals) {
		this.positionOfStudent = positionOfStudent;
		this.proposals = proposals;
		int assigned = 0;
		for (int position : positionOfStudent) {
			if (position != UNASSIGNED) {
				assigned++;
			}
		}
		this.assigned = assigned;
	}

	/**
	 * Wraps a given assignment, for instance one to verify.
	 * @param positionOfStudent per student a position index or {@link #UNASSIGNED}
	 * @return the matching, holding a copy of the array
	 */
	public static Matching of(int[] positionOfStudent) {
		return new Matching(positionOfStudent.clone(), 0);
	}

	public int studentCount() {
		return this.positionOfStudent.length;
	}

	public int positionOf(int student) {
		return this.positionOfStudent[student];
	}

	public boolean isAssigned(int student) {
		return this.positionOfStudent[student] != UNASSIGNED;
	}

	public int assignedCount() {
		return this.assigned;
	}

	/**
	 * Returns how many times a student applied to a position that ranks them.
	 * @return the proposal count, 0 for a matching not produced by the engine
	 */
	public long proposals() {
		return this.proposals;
	}

	public int[] toArray() {
		return this.positionOfStudent.clone();
	}

}
