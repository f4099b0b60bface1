package org.practica.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practica.matching.Fairness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kesten's example on recorded applications: student 3 interrupts (it is placed at its
 * third choice, yet its applications to the first two make students 1 and 2 swap into
 * their second choices). With its consent the run gives 1 and 2 their first choices.
 */
class RoundInstanceTests {

	private static final List<Long> SHIFTS = List.of(10L, 20L, 30L);

	private static final Map<Long, Integer> SEATS = Map.of(10L, 1, 20L, 1, 30L, 1);

	@Test
	void withoutConsentTheRunIsDeferredAcceptance() {
		RoundInstance.Solved solved = RoundInstance.solve(SHIFTS, SEATS, applications(false));
		assertThat(solved.assignment()).containsEntry(1L, 10L).containsEntry(2L, 20L).containsEntry(3L, 30L);
		assertThat(solved.adjusted()).isEqualTo(solved.plain());
		assertThat(solved.adjusted().justifiedEnvy()).isZero();
		assertThat(solved.consenting()).isZero();
	}

	@Test
	void theInterruptersConsentGivesTheOthersTheirFirstChoices() {
		RoundInstance.Solved solved = RoundInstance.solve(SHIFTS, SEATS, applications(true));
		assertThat(solved.assignment()).containsEntry(1L, 20L).containsEntry(2L, 10L).containsEntry(3L, 30L);
		assertThat(solved.adjusted()).isEqualTo(new Fairness(3, 3, 2, 3, 1, 0));
		assertThat(solved.plain()).isEqualTo(new Fairness(3, 3, 0, 3, 0, 0));
		// arrivals 3, 1, 2: student 3 takes shift 10, 1 takes 20, 2 is left with 30 and
		// envies 1 at 20
		assertThat(solved.firstCome()).isEqualTo(new Fairness(3, 3, 2, 3, 1, 1));
		assertThat(solved.consenting()).isEqualTo(1);
		assertThat(RoundInstance.solve(SHIFTS, SEATS, applications(true)).assignment())
			.as("the recorded rows give the same result again")
			.isEqualTo(solved.assignment());
	}

	/**
	 * Shift 10 ranks 1, 3, 2; shift 20 ranks 2, 1, 3; shift 30 ranks 3, 1, 2. Student 1
	 * wants 20, 10, 30; students 2 and 3 want 10, 20, 30. Arrivals: 3, 1, 2.
	 */
	private static List<RoundApplication> applications(boolean thirdConsents) {
		int[][] scores = { { 90, 80, 80 }, { 70, 90, 70 }, { 80, 70, 90 } };
		long[][] lists = { { 20, 10, 30 }, { 10, 20, 30 }, { 10, 20, 30 } };
		int[] arrival = { 2, 3, 1 };
		List<RoundApplication> rows = new ArrayList<>();
		for (int s = 0; s < 3; s++) {
			for (int k = 0; k < 3; k++) {
				long shift = lists[s][k];
				int score = scores[s][SHIFTS.indexOf(shift)];
				rows.add(new RoundApplication(1L, s + 1L, shift, k + 1, true, score, 0, s == 2 && thirdConsents,
						arrival[s]));
			}
		}
		return rows;
	}

}
