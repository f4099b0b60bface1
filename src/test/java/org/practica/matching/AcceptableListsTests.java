package org.practica.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptableListsTests {

	private static final int END = AcceptableLists.END;

	@Test
	void listsAcceptablePositionsWithTheStudentsRankThere() {
		// s0 lists P1, P0; P0 does not rank s0. s1 lists nothing. s2 lists P0.
		MatchingInstance instance = MatchingInstance.of(new int[][] { { 1, 0 }, {}, { 0 } }, new int[] { 1, 1 },
				new int[][] { { 2, 1 }, { 1, 0 } });
		int[] listStart = new int[3];
		int[] acceptable = new int[2];

		int[] list = AcceptableLists.build(instance, listStart, acceptable, false);

		assertThat(list).containsExactly(1, 1, END, END, END, END, 0, 0, END, END);
		assertThat(listStart).containsExactly(0, 4, 6);
		assertThat(acceptable).containsExactly(1, 1);
	}

	@Test
	void buildingInTwoHalvesGivesTheSameLists() {
		List<MatchingInstance> instances = new ArrayList<>();
		instances.add(InstanceGenerator.generate(20_000, 5).instance());
		instances.add(InstanceGenerator.generate(3, 5).instance());
		instances.add(MatchingInstance.of(new int[][] { {}, { 0 }, {}, { 1, 0 }, {} }, new int[] { 1, 0 },
				new int[][] { { 3, 4 }, { 3, 0 } }));
		instances.add(MatchingInstance.of(new int[0][], new int[] { 2 }, new int[][] { {} }));
		for (MatchingInstance instance : instances) {
			int students = instance.studentCount();
			int[] sequentialStart = new int[students];
			int[] sequentialAcceptable = new int[instance.positionCount()];
			int[] parallelStart = new int[students];
			int[] parallelAcceptable = new int[instance.positionCount()];

			int[] sequential = AcceptableLists.build(instance, sequentialStart, sequentialAcceptable, false);
			int[] parallel = AcceptableLists.build(instance, parallelStart, parallelAcceptable, true);

			assertThat(parallel).isEqualTo(sequential);
			assertThat(parallelStart).isEqualTo(sequentialStart);
			assertThat(parallelAcceptable).isEqualTo(sequentialAcceptable);
		}
	}

}
