package org.practica.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeferredAcceptanceTests {

	private static final int U = Matching.UNASSIGNED;

	// Gale and Shapley (1962), the first marriage example: men alpha, beta, gamma and
	// women A, B, C. Each man's first choice is a different woman, so the man-optimal
	// stable set gives every man his first choice; with the women proposing every woman
	// gets hers. (The third stable set, everyone's second choice, is neither.)
	private static final int A = 0, B = 1, C = 2, D = 3;

	private static final int ALPHA = 0, BETA = 1, GAMMA = 2, DELTA = 3;

	@Test
	void galeShapleyFirstExampleGivesEveryProposerTheirFirstChoice() {
		int[][] men = { { A, B, C }, { B, C, A }, { C, A, B } };
		int[][] women = { { BETA, GAMMA, ALPHA }, { GAMMA, ALPHA, BETA }, { ALPHA, BETA, GAMMA } };

		Matching menPropose = DeferredAcceptance.solve(MatchingInstance.of(men, new int[] { 1, 1, 1 }, women));
		Matching womenPropose = DeferredAcceptance.solve(MatchingInstance.of(women, new int[] { 1, 1, 1 }, men));

		assertThat(menPropose.toArray()).containsExactly(A, B, C);
		assertThat(menPropose.proposals()).isEqualTo(3);
		assertThat(womenPropose.toArray()).containsExactly(BETA, GAMMA, ALPHA);
	}

	// Gale and Shapley (1962), the second example, whose only stable set is
	// alpha-C, beta-D, gamma-A, delta-B. Traced by hand, men proposing:
	// alpha->A, beta->A (A keeps alpha), gamma->B, delta->D, beta->D (D drops delta),
	// delta->B (B drops gamma), gamma->A (A drops alpha), alpha->B (refused),
	// alpha->C: nine proposals, whatever the order.
	@Test
	void galeShapleySecondExampleFindsTheOnlyStableSet() {
		int[][] men = { { A, B, C, D }, { A, D, C, B }, { B, A, C, D }, { D, B, C, A } };
		int[][] women = { { DELTA, GAMMA, ALPHA, BETA }, { BETA, DELTA, ALPHA, GAMMA }, { DELTA, ALPHA, BETA, GAMMA },
				{ GAMMA, BETA, ALPHA, DELTA } };
		MatchingInstance instance = MatchingInstance.of(men, new int[] { 1, 1, 1, 1 }, women);

		Matching matching = DeferredAcceptance.solve(instance);

		assertThat(matching.toArray()).containsExactly(C, D, A, B);
		assertThat(matching.proposals()).isEqualTo(9);
		assertThat(StabilityVerifier.verify(instance, matching)).isEmpty();
		Matching womenPropose = DeferredAcceptance.solve(MatchingInstance.of(women, new int[] { 1, 1, 1, 1 }, men));
		assertThat(womenPropose.toArray()).containsExactly(GAMMA, DELTA, ALPHA, BETA);
	}

	// Two positions of two seats, five students. Hand trace:
	// s0->P0, s1->P0 (full: s0, s1), s2->P0: P0 ranks s2 first, drops s1 (its worst);
	// s1->P1, s3->P0: refused (ranked last), s3->P1 (full: s1, s3),
	// s4->P1: P1 prefers s4 to s3, drops s3; s3 has no choice left.
	@Test
	void capacitiesHoldTheBestProposersAndDisplacedStudentsMoveOn() {
		int[][] preferences = { { 0, 1 }, { 0, 1 }, { 0 }, { 0, 1 }, { 1 } };
		int[][] rankings = { { 2, 0, 1, 3 }, { 4, 1, 3, 0 } };
		MatchingInstance instance = MatchingInstance.of(preferences, new int[] { 2, 2 }, rankings);

		Matching matching = DeferredAcceptance.solve(instance);

		assertThat(matching.toArray()).containsExactly(0, 1, 0, U, 1);
		assertThat(matching.assignedCount()).isEqualTo(4);
		assertThat(matching.proposals()).isEqualTo(7);
		assertThat(StabilityVerifier.verify(instance, matching)).isEmpty();
	}

	@Test
	void acceptabilityIsMutual() {
		// s0 lists P0, which does not rank s0; P1 ranks s1, who does not list it.
		int[][] preferences = { { 0, 1 }, { 0 } };
		int[][] rankings = { { 1 }, { 1, 0 } };
		MatchingInstance instance = MatchingInstance.of(preferences, new int[] { 1, 1 }, rankings);

		Matching matching = DeferredAcceptance.solve(instance);

		assertThat(matching.toArray()).containsExactly(1, 0);
		assertThat(matching.proposals()).isEqualTo(2);
	}

	@Test
	void positionsWithoutSeatsTakeNobody() {
		MatchingInstance instance = MatchingInstance.of(new int[][] { { 0, 1 }, { 0 } }, new int[] { 0, 5 },
				new int[][] { { 0, 1 }, { 0 } });

		Matching matching = DeferredAcceptance.solve(instance);

		assertThat(matching.toArray()).containsExactly(1, U);
		assertThat(StabilityVerifier.verify(instance, matching)).isEmpty();
	}

	@Test
	void emptyInstancesAndEmptyListsAreFine() {
		assertThat(DeferredAcceptance.solve(MatchingInstance.of(new int[0][], new int[0], new int[0][])).toArray())
			.isEmpty();
		MatchingInstance instance = MatchingInstance.of(new int[][] { {}, { 0 } }, new int[] { 1 }, new int[][] { {} });
		assertThat(DeferredAcceptance.solve(instance).toArray()).containsExactly(U, U);
	}

	@Test
	void generatedInstanceIsSolvedStablyAndTheSameEveryTime() {
		MatchingInstance instance = InstanceGenerator.generate(20_000, 7).instance();

		Matching matching = DeferredAcceptance.solve(instance);

		assertThat(StabilityVerifier.verify(instance, matching)).isEmpty();
		assertThat(matching.assignedCount()).isGreaterThan(15_000);
		assertThat(DeferredAcceptance.solve(instance).toArray()).isEqualTo(matching.toArray());
	}

}
