package org.practica.matching;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmupTests {

	@Test
	void madeUpInstancesAreCompleteAndSolvable() {
		MatchingInstance instance = Warmup.instance(2_000, new SplittableRandom(7));
		assertThat(instance.studentCount()).isEqualTo(2_000);
		assertThat(instance.positionCount()).isEqualTo(200);
		int[] applicants = new int[instance.positionCount()];
		for (int s = 0; s < instance.studentCount(); s++) {
			int[] choices = instance.preferences(s);
			assertThat(choices).hasSize(10).doesNotHaveDuplicates();
			for (int p : choices) {
				applicants[p]++;
			}
		}
		for (int p = 0; p < instance.positionCount(); p++) {
			assertThat(instance.ranking(p)).as("position %d ranks exactly its applicants", p)
				.hasSize(applicants[p])
				.doesNotHaveDuplicates();
			assertThat(instance.capacity(p)).isBetween(5, 15);
		}
		Matching matching = DeferredAcceptance.solve(instance);
		assertThat(StabilityVerifier.verify(instance, matching)).isEmpty();
		assertThat(matching.assignedCount()).isPositive();
	}

	@Test
	void stoppingWaitsForTheThreadAndMayBeRepeated() {
		Warmup warmup = Warmup.start();
		warmup.stop();
		warmup.stop();
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().equals("matching-warmup"));
	}

}
