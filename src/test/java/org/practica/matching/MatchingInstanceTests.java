package org.practica.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchingInstanceTests {

	@Test
	void holdsListsAsCompressedRows() {
		MatchingInstance instance = MatchingInstance.of(new int[][] { { 1, 0 }, {}, { 0 } }, new int[] { 2, 3 },
				new int[][] { { 2, 0 }, { 0 } });

		assertThat(instance.studentCount()).isEqualTo(3);
		assertThat(instance.positionCount()).isEqualTo(2);
		assertThat(instance.seats()).isEqualTo(5);
		assertThat(instance.size()).isEqualTo(6);
		assertThat(instance.preferences(0)).containsExactly(1, 0);
		assertThat(instance.preferences(1)).isEmpty();
		assertThat(instance.ranking(0)).containsExactly(2, 0);
		assertThat(instance.capacity(1)).isEqualTo(3);
	}

	@Test
	void rejectsUnknownIndicesDuplicatesAndNegativeCapacities() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { { 0, 2 } }, new int[] { 1 }, new int[][] { {} }))
			.withMessage("student 0 lists unknown position 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { {}, { 0, 0 } }, new int[] { 1 }, new int[][] { {} }))
			.withMessage("student 1 lists position 0 twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { {} }, new int[] { 1 }, new int[][] { { 0, 0 } }))
			.withMessage("position 0 lists student 0 twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { {} }, new int[] { 1 }, new int[][] { { -1 } }))
			.withMessage("position 0 lists unknown student -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { {} }, new int[] { -1 }, new int[][] { {} }))
			.withMessage("position 0 has negative capacity -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingInstance.of(new int[][] { {} }, new int[] { 1 }, new int[][] { {}, {} }));
	}

}
