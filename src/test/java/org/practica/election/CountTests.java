package org.practica.election;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountTests {

	private static final Long MEMPHIS = 1L;

	private static final Long NASHVILLE = 2L;

	private static final Long CHATTANOOGA = 3L;

	private static final Long KNOXVILLE = 4L;

	private static final List<Long> CITIES = List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE);

	/**
	 * The textbook example of instant runoff (Tennessee's capital): Memphis leads the
	 * first round with 42 of 100 but Knoxville wins after Chattanooga and Nashville are
	 * eliminated.
	 */
	@Test
	void instantRunoffElectsKnoxvilleInTheTennesseeExample() {
		List<List<Long>> ballots = new ArrayList<>();
		ballots.addAll(Collections.nCopies(42, List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE)));
		ballots.addAll(Collections.nCopies(26, List.of(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS)));
		ballots.addAll(Collections.nCopies(15, List.of(CHATTANOOGA, KNOXVILLE, NASHVILLE, MEMPHIS)));
		ballots.addAll(Collections.nCopies(17, List.of(KNOXVILLE, CHATTANOOGA, NASHVILLE, MEMPHIS)));
		Count.Result result = Count.instantRunoff(CITIES, ballots, "seed");
		assertThat(result.leaders()).containsExactly(KNOXVILLE);
		assertThat(result.rounds()).hasSize(3);
		assertThat(result.rounds().get(0))
			.isEqualTo(Map.of(MEMPHIS, 42, NASHVILLE, 26, CHATTANOOGA, 15, KNOXVILLE, 17));
		assertThat(result.rounds().get(1)).isEqualTo(Map.of(MEMPHIS, 42, NASHVILLE, 26, KNOXVILLE, 32));
		assertThat(result.rounds().get(2)).isEqualTo(Map.of(MEMPHIS, 42, KNOXVILLE, 58));
		// the same ballots by plurality elect Memphis
		assertThat(Count.plurality(CITIES, ballots).leaders()).containsExactly(MEMPHIS);
	}

	@Test
	void aBallotRankingOnlyEliminatedCandidatesIsExhausted() {
		List<List<Long>> ballots = List.of(List.of(1L), List.of(1L), List.of(2L), List.of(2L), List.of(3L),
				List.of(3L, 1L), List.of(4L));
		Count.Result result = Count.instantRunoff(List.of(1L, 2L, 3L, 4L), ballots, "seed");
		// round 1: 2,2,2,1 -> 4 out; round 2: 2,2,2 all tied -> a tie of three
		assertThat(result.tied()).isTrue();
		assertThat(result.leaders()).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void candidatesTiedLastGoTogetherOnlyWhenTogetherTheyTrailTheNext() {
		// a 3, b 2, c 2: b and c together (4) outnumber a, so the lottery eliminates one
		List<List<Long>> ballots = List.of(List.of(1L, 2L), List.of(1L, 2L), List.of(1L, 3L), List.of(2L, 3L),
				List.of(2L, 3L), List.of(3L, 2L), List.of(3L, 2L));
		Count.Result result = Count.instantRunoff(List.of(1L, 2L, 3L), ballots, "seed-2");
		Long out = Count.lottery("seed-2", List.of(2L, 3L));
		assertThat(result.lotteryUsed()).isTrue();
		assertThat(result.leaders()).containsExactly(out == 2L ? 3L : 2L);
		// a 5, b 1, c 1: together 2 < 5, both go at once and a wins with all that is left
		List<List<Long>> lopsided = new ArrayList<>(Collections.nCopies(5, List.of(1L)));
		lopsided.add(List.of(2L));
		lopsided.add(List.of(3L));
		assertThat(Count.instantRunoff(List.of(1L, 2L, 3L), lopsided, "seed").leaders()).containsExactly(1L);
	}

	@Test
	void pluralityTiesAndEmptyBoxes() {
		assertThat(Count.plurality(List.of(1L, 2L), List.of(List.of(1L), List.of(2L))).leaders()).containsExactly(1L,
				2L);
		assertThat(Count.plurality(List.of(1L, 2L), List.of()).leaders()).isEmpty();
		assertThat(Count.instantRunoff(List.of(1L, 2L), List.of(), "seed").leaders()).isEmpty();
	}

	@Test
	void theLotteryIsRepeatableFromItsSeed() {
		List<Long> tied = List.of(7L, 9L, 11L);
		Long winner = Count.lottery("seed-1", tied);
		assertThat(Count.lottery("seed-1", List.of(11L, 9L, 7L))).isEqualTo(winner);
		assertThat(tied).contains(winner);
		assertThat(org.practica.support.Sha256.hex("seed-1:" + winner))
			.isLessThan(org.practica.support.Sha256.hex("seed-1:" + (winner == 7L ? 9L : 7L)));
	}

}
