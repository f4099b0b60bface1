package org.practica.matching;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StabilityVerifierTests {

	private static final int U = Matching.UNASSIGNED;

	// s0 lists P0, P1; s1 lists P0; s2 lists P1, P0. P0 (1 seat) ranks s1, s0, s2;
	// P1 (1 seat) ranks s0, s2. Stable: s0-P1, s1-P0, s2 unassigned.
	private final MatchingInstance instance = MatchingInstance.of(new int[][] { { 0, 1 }, { 0 }, { 1, 0 } },
			new int[] { 1, 1 }, new int[][] { { 1, 0, 2 }, { 0, 2 } });

	@Test
	void acceptsTheStableMatching() {
		assertThat(StabilityVerifier.verify(this.instance, Matching.of(new int[] { 1, 0, U }))).isEmpty();
		assertThat(DeferredAcceptance.solve(this.instance).toArray()).containsExactly(1, 0, U);
	}

	@Test
	void namesAnAssignmentTheStudentDidNotChoose() {
		assertThat(StabilityVerifier.verify(this.instance, Matching.of(new int[] { U, 1, U })))
			.contains(new Violation(Violation.Kind.NOT_CHOSEN_BY_STUDENT, 1, 1));
	}

	@Test
	void namesAnAssignmentThePositionDidNotRank() {
		MatchingInstance oneSided = MatchingInstance.of(new int[][] { { 0 } }, new int[] { 1 }, new int[][] { {} });

		Optional<Violation> violation = StabilityVerifier.verify(oneSided, Matching.of(new int[] { 0 }));

		assertThat(violation).contains(new Violation(Violation.Kind.NOT_RANKED_BY_POSITION, 0, 0));
		assertThat(violation.get().describe(s -> "s" + s, p -> "p" + p))
			.isEqualTo("student s0 is assigned to position p0, which does not rank them");
	}

	@Test
	void namesAPositionOverCapacity() {
		Optional<Violation> violation = StabilityVerifier.verify(this.instance, Matching.of(new int[] { 0, 0, U }));

		assertThat(violation).contains(new Violation(Violation.Kind.OVER_CAPACITY, 1, 0));
		assertThat(violation.get().describe()).isEqualTo("position 0 is over capacity with student 1");
	}

	@Test
	void namesABlockingPair() {
		// s0 prefers P0 to P1, and P0 prefers s0 to s2
		assertThat(StabilityVerifier.verify(this.instance, Matching.of(new int[] { 1, U, 0 })))
			.contains(new Violation(Violation.Kind.BLOCKING_PAIR, 0, 0));
		// a free seat at a position the student prefers
		assertThat(StabilityVerifier.verify(this.instance, Matching.of(new int[] { U, 0, U })))
			.contains(new Violation(Violation.Kind.BLOCKING_PAIR, 0, 1));
		// s1 is left out although P0 ranks s1 above s0, whom it holds
		Violation violation = StabilityVerifier.verify(this.instance, Matching.of(new int[] { 0, U, 1 })).get();
		assertThat(violation).isEqualTo(new Violation(Violation.Kind.BLOCKING_PAIR, 1, 0));
		assertThat(violation.describe(s -> "s" + s, p -> "p" + p))
			.isEqualTo("student s1 and position p0 block the matching: both prefer each other");
	}

	@Test
	void rejectsAMatchingOfAnotherSize() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StabilityVerifier.verify(this.instance, Matching.of(new int[] { 1, 0 })));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StabilityVerifier.verify(this.instance, Matching.of(new int[] { 2, 0, U })));
	}

	@Test
	void findsInjectedFaultsInALargeInstance() {
		MatchingInstance large = InstanceGenerator.generate(20_000, 11).instance();
		int[] stable = DeferredAcceptance.solve(large).toArray();
		assertThat(StabilityVerifier.verify(large, Matching.of(stable))).isEmpty();

		int student = firstAssigned(stable, 5_000);
		int position = stable[student];
		int[] dropped = stable.clone();
		dropped[student] = U;
		Violation violation = StabilityVerifier.verify(large, Matching.of(dropped)).orElseThrow();
		assertThat(violation.kind()).isEqualTo(Violation.Kind.BLOCKING_PAIR);
		assertThat(violation.student() == student || violation.position() == position).isTrue();

		int[] crowded = stable.clone();
		// an unassigned student's first choice is full, or the two would block
		int extra = firstUnassignedWithChoices(large, stable);
		crowded[extra] = large.preferences(extra)[0];
		violation = StabilityVerifier.verify(large, Matching.of(crowded)).orElseThrow();
		assertThat(violation.kind()).isEqualTo(Violation.Kind.OVER_CAPACITY);
		assertThat(violation.position()).isEqualTo(crowded[extra]);

		int[] unchosen = stable.clone();
		int other = firstAssigned(stable, student + 1);
		unchosen[other] = firstNotListedBy(large, other);
		assertThat(StabilityVerifier.verify(large, Matching.of(unchosen)))
			.contains(new Violation(Violation.Kind.NOT_CHOSEN_BY_STUDENT, other, unchosen[other]));
	}

	private static int firstAssigned(int[] assignment, int from) {
		for (int s = from; s < assignment.length; s++) {
			if (assignment[s] != U) {
				return s;
			}
		}
		throw new AssertionError("nobody assigned after " + from);
	}

	private static int firstUnassignedWithChoices(MatchingInstance instance, int[] assignment) {
		for (int s = 0; s < assignment.length; s++) {
			if (assignment[s] == U && instance.preferences(s).length > 0) {
				return s;
			}
		}
		throw new AssertionError("everybody assigned");
	}

	private static int firstNotListedBy(MatchingInstance instance, int student) {
		int[] listed = instance.preferences(student);
		for (int p = 0;; p++) {
			int candidate = p;
			if (Arrays.stream(listed).noneMatch(q -> q == candidate)) {
				return p;
			}
		}
	}

}
