package org.practica.matching;

/**
 * Figures about one solved instance, as written in the result.
 *
 * @param students the number of students
 * @param positions the number of positions
 * @param seats the sum of the capacities
 * @param assigned the number of students who got a position
 * @param proposals the number of proposals made
 * @param solveMillis the time from the parsed instance to the finished matching
 */
public record MatchingStats(int students, int positions, long seats, int assigned, long proposals, long solveMillis) {

	public static MatchingStats of(MatchingInstance instance, Matching matching, long solveMillis) {
		return new MatchingStats(instance.studentCount(), instance.positionCount(), instance.seats(),
				matching.assignedCount(), matching.proposals(), solveMillis);
	}

}
