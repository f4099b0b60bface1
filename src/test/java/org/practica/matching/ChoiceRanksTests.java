package org.practica.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceRanksTests {

	private static final int UNRANKED = ChoiceRanks.UNRANKED;

	@Test
	void givesEachChoiceTheStudentsRankThere() {
		// s0 lists P1, P0; P0 does not rank s0. s1 lists nothing. s2 lists P0.
		MatchingInstance instance = MatchingInstance.of(new int[][] { { 1, 0 }, {}, { 0 } }, new int[] { 1, 1 },
				new int[][] { { 2, 1 }, { 1, 0 } });
		int[] acceptable = new int[2];

		int[] ranks = ChoiceRanks.of(instance, acceptable, false);

		assertThat(ranks).containsExactly(1, UNRANKED, 0);
		assertThat(acceptable).containsExactly(1, 1);
	}

	@Test
	void findingInTwoHalvesGivesTheSameRanks() {
		List<MatchingInstance> instances = new ArrayList<>();
		instances.add(InstanceGenerator.generate(20_000, 5).instance());
		instances.add(InstanceGenerator.generate(3, 5).instance());
		instances.add(MatchingInstance.of(new int[][] { {}, { 0 }, {}, { 1, 0 }, {} }, new int[] { 1, 0 },
				new int[][] { { 3, 4 }, { 3, 0 } }));
		instances.add(MatchingInstance.of(new int[0][], new int[] { 2 }, new int[][] { {} }));
		for (MatchingInstance instance : instances) {
			int[] sequentialAcceptable = new int[instance.positionCount()];
			int[] parallelAcceptable = new int[instance.positionCount()];

			int[] sequential = ChoiceRanks.of(instance, sequentialAcceptable, false);
			int[] parallel = ChoiceRanks.of(instance, parallelAcceptable, true);

			assertThat(parallel).isEqualTo(sequential);
			assertThat(parallelAcceptable).isEqualTo(sequentialAcceptable);
		}
	}

	@Test
	void agreesWithEachPositionsRanking() {
		// students list positions and positions rank students independently at random, so
		// many choices are not ranked back
		java.util.Random random = new java.util.Random(7);
		int students = 3_000;
		int positions = 300;
		int[][] preferences = new int[students][];
		for (int s = 0; s < students; s++) {
			preferences[s] = random.ints(0, positions).distinct().limit(random.nextInt(8)).toArray();
		}
		int[][] rankings = new int[positions][];
		for (int p = 0; p < positions; p++) {
			rankings[p] = random.ints(0, students).distinct().limit(random.nextInt(200)).toArray();
		}
		MatchingInstance instance = MatchingInstance.of(preferences, new int[positions], rankings);
		int[] ranks = ChoiceRanks.of(instance, new int[instance.positionCount()], true);

		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] rankingStart = instance.rankingStart();
		int[] ranking = instance.rankingEntries();
		int unranked = 0;
		for (int s = 0; s < instance.studentCount(); s++) {
			for (int k = choiceStart[s]; k < choiceStart[s + 1]; k++) {
				int p = choices[k];
				int expected = UNRANKED;
				for (int i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
					if (ranking[i] == s) {
						expected = i - rankingStart[p];
					}
				}
				assertThat(ranks[k]).as("student %d's choice %d", s, k - choiceStart[s]).isEqualTo(expected);
				unranked += (expected == UNRANKED) ? 1 : 0;
			}
		}
		assertThat(ranks).hasSize(choices.length);
		assertThat(unranked).as("choices their positions do not rank").isBetween(1, choices.length - 1);
	}

}
