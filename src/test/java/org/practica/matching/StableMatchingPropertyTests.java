package org.practica.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random small instances (up to 5 students, 3 positions, capacities 0 to 2), checked
 * against brute force over every assignment of students to positions.
 */
class StableMatchingPropertyTests {

	private static final int INSTANCES = 1500;

	private static final int U = Matching.UNASSIGNED;

	@Test
	void engineFindsTheStudentOptimalStableMatching() {
		for (int seed = 0; seed < INSTANCES; seed++) {
			Small small = Small.random(new Random(seed));
			int[] engine = DeferredAcceptance.solve(small.instance()).toArray();

			assertThat(small.isStable(engine)).as("seed %d: engine result %s is stable", seed, Arrays.toString(engine))
				.isTrue();
			for (int[] other : small.allAssignments()) {
				if (small.isStable(other)) {
					for (int s = 0; s < small.students(); s++) {
						assertThat(small.choiceIndex(s, engine[s]))
							.as("seed %d: student %d weakly prefers the engine's result", seed, s)
							.isLessThanOrEqualTo(small.choiceIndex(s, other[s]));
					}
				}
			}
		}
	}

	@Test
	void verifierAgreesWithBruteForceOnEveryAssignment() {
		int stable = 0;
		int unstable = 0;
		for (int seed = 0; seed < INSTANCES; seed++) {
			Small small = Small.random(new Random(seed));
			MatchingInstance instance = small.instance();
			for (int[] assignment : small.allAssignments()) {
				Optional<Violation> violation = StabilityVerifier.verify(instance, Matching.of(assignment));
				boolean expected = small.isStable(assignment);
				assertThat(violation.isEmpty())
					.as("seed %d, assignment %s: %s", seed, Arrays.toString(assignment), violation)
					.isEqualTo(expected);
				if (violation.isPresent()) {
					assertThat(small.isGenuine(violation.get(), assignment))
						.as("seed %d, assignment %s: %s is genuine", seed, Arrays.toString(assignment), violation.get())
						.isTrue();
					unstable++;
				}
				else {
					stable++;
				}
			}
		}
		assertThat(stable).isGreaterThan(INSTANCES);
		assertThat(unstable).isGreaterThan(INSTANCES);
	}

	/** A small instance as plain lists, with brute-force definitions. */
	private record Small(int[][] preferences, int[] capacities, int[][] rankings) {

		static Small random(Random random) {
			int students = 1 + random.nextInt(5);
			int positions = 1 + random.nextInt(3);
			int[][] preferences = new int[students][];
			for (int s = 0; s < students; s++) {
				preferences[s] = randomList(random, positions, 0.75);
			}
			int[] capacities = new int[positions];
			int[][] rankings = new int[positions][];
			for (int p = 0; p < positions; p++) {
				capacities[p] = random.nextInt(3);
				rankings[p] = randomList(random, students, 0.8);
			}
			return new Small(preferences, capacities, rankings);
		}

		private static int[] randomList(Random random, int bound, double keep) {
			List<Integer> list = new ArrayList<>();
			for (int i = 0; i < bound; i++) {
				if (random.nextDouble() < keep) {
					list.add(i);
				}
			}
			Collections.shuffle(list, random);
			return list.stream().mapToInt(Integer::intValue).toArray();
		}

		MatchingInstance instance() {
			return MatchingInstance.of(this.preferences, this.capacities, this.rankings);
		}

		int students() {
			return this.preferences.length;
		}

		/** Every array of one position or none per student, feasible or not. */
		List<int[]> allAssignments() {
			List<int[]> all = new ArrayList<>();
			int options = this.capacities.length + 1;
			int count = (int) Math.pow(options, students());
			for (int code = 0; code < count; code++) {
				int[] assignment = new int[students()];
				int rest = code;
				for (int s = 0; s < students(); s++) {
					assignment[s] = rest % options - 1;
					rest /= options;
				}
				all.add(assignment);
			}
			return all;
		}

		/**
		 * Index of the position in the student's list; an unlisted one or none is last.
		 */
		int choiceIndex(int student, int position) {
			int i = indexOf(this.preferences[student], position);
			return (i < 0) ? Integer.MAX_VALUE : i;
		}

		int rank(int position, int student) {
			return indexOf(this.rankings[position], student);
		}

		boolean isStable(int[] assignment) {
			for (int s = 0; s < students(); s++) {
				int p = assignment[s];
				if (p != U && (choiceIndex(s, p) == Integer.MAX_VALUE || rank(p, s) < 0)) {
					return false;
				}
			}
			for (int p = 0; p < this.capacities.length; p++) {
				if (held(assignment, p) > this.capacities[p]) {
					return false;
				}
			}
			for (int s = 0; s < students(); s++) {
				for (int p = 0; p < this.capacities.length; p++) {
					if (blocks(assignment, s, p)) {
						return false;
					}
				}
			}
			return true;
		}

		boolean blocks(int[] assignment, int s, int p) {
			if (assignment[s] == p || rank(p, s) < 0 || choiceIndex(s, p) == Integer.MAX_VALUE
					|| choiceIndex(s, p) >= choiceIndex(s, assignment[s])) {
				return false;
			}
			if (held(assignment, p) < this.capacities[p]) {
				return true;
			}
			for (int other = 0; other < students(); other++) {
				if (assignment[other] == p && rank(p, other) > rank(p, s)) {
					return true;
				}
			}
			return false;
		}

		boolean isGenuine(Violation violation, int[] assignment) {
			int s = violation.student();
			int p = violation.position();
			switch (violation.kind()) {
				case NOT_CHOSEN_BY_STUDENT:
					return assignment[s] == p && indexOf(this.preferences[s], p) < 0;
				case NOT_RANKED_BY_POSITION:
					return assignment[s] == p && rank(p, s) < 0;
				case OVER_CAPACITY:
					return assignment[s] == p && held(assignment, p) > this.capacities[p];
				default:
					return blocks(assignment, s, p);
			}
		}

		private int held(int[] assignment, int position) {
			int held = 0;
			for (int p : assignment) {
				if (p == position) {
					held++;
				}
			}
			return held;
		}

		private static int indexOf(int[] list, int value) {
			for (int i = 0; i < list.length; i++) {
				if (list[i] == value) {
					return i;
				}
			}
			return -1;
		}

	}

}
