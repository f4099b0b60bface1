package org.practica.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental {@link EfficiencyAdjustment} gives exactly the assignment and the
 * number of rounds of {@link ReferenceEfficiencyAdjustment}, which reruns deferred
 * acceptance in every round, on random instances small and large, with random, no and
 * full consent.
 */
class EfficiencyAdjustmentReferenceTests {

	@Test
	void smallRandomInstancesGiveTheReferenceAssignment() {
		for (int seed = 0; seed < 20_000; seed++) {
			Random random = new Random(seed);
			int students = 1 + random.nextInt(12);
			int positions = 1 + random.nextInt(6);
			MatchingInstance instance = randomInstance(random, students, positions, 3);
			for (boolean[] consents : consents(random, students)) {
				assertSame(instance, consents, "seed " + seed);
			}
		}
	}

	@Test
	void mediumRandomInstancesGiveTheReferenceAssignment() {
		for (int seed = 0; seed < 200; seed++) {
			Random random = new Random(seed);
			int students = 50 + random.nextInt(400);
			int positions = 5 + random.nextInt(60);
			MatchingInstance instance = randomInstance(random, students, positions, 1 + random.nextInt(8));
			for (boolean[] consents : consents(random, students)) {
				assertSame(instance, consents, "seed " + seed);
			}
		}
	}

	@Test
	void generatedInstancesGiveTheReferenceAssignment() {
		for (long seed = 1; seed <= 3; seed++) {
			MatchingInstance instance = InstanceGenerator.generate(5000, seed).instance();
			for (boolean[] consents : consents(new Random(seed), instance.studentCount())) {
				assertSame(instance, consents, "generated seed " + seed);
			}
		}
	}

	private static void assertSame(MatchingInstance instance, boolean[] consents, String what) {
		EfficiencyAdjustment.Result reference = ReferenceEfficiencyAdjustment.solve(instance, consents);
		EfficiencyAdjustment.Result incremental = EfficiencyAdjustment.solve(instance, consents);
		assertThat(incremental.matching().toArray()).as(what).isEqualTo(reference.matching().toArray());
		assertThat(incremental.rounds()).as(what + " rounds").isEqualTo(reference.rounds());
	}

	private static List<boolean[]> consents(Random random, int students) {
		boolean[] some = new boolean[students];
		boolean[] everyone = new boolean[students];
		for (int s = 0; s < students; s++) {
			some[s] = random.nextBoolean();
			everyone[s] = true;
		}
		List<boolean[]> all = new ArrayList<>();
		all.add(some);
		all.add(everyone);
		all.add(new boolean[students]);
		all.add(null);
		return all;
	}

	/**
	 * Students list up to a few positions drawn with a skew, positions rank most of the
	 * students with a shared score plus noise (so some rankings agree), capacities 0 to
	 * {@code maxCapacity}.
	 */
	private static MatchingInstance randomInstance(Random random, int students, int positions, int maxCapacity) {
		int[][] preferences = new int[students][];
		for (int s = 0; s < students; s++) {
			int length = random.nextInt(Math.min(positions, 6) + 1);
			List<Integer> chosen = new ArrayList<>();
			while (chosen.size() < length) {
				int p = (int) (positions * Math.pow(random.nextDouble(), 1.5));
				if (!chosen.contains(p)) {
					chosen.add(p);
				}
			}
			preferences[s] = chosen.stream().mapToInt(Integer::intValue).toArray();
		}
		double[] score = new double[students];
		for (int s = 0; s < students; s++) {
			score[s] = random.nextGaussian();
		}
		int[] capacities = new int[positions];
		int[][] rankings = new int[positions][];
		for (int p = 0; p < positions; p++) {
			capacities[p] = random.nextInt(maxCapacity + 1);
			List<Integer> ranked = new ArrayList<>();
			double[] key = new double[students];
			double noise = random.nextDouble() * 2;
			for (int s = 0; s < students; s++) {
				key[s] = score[s] + noise * random.nextGaussian();
				if (random.nextDouble() < 0.9) {
					ranked.add(s);
				}
			}
			Collections.shuffle(ranked, random);
			ranked.sort((a, b) -> Double.compare(key[b], key[a]));
			rankings[p] = ranked.stream().mapToInt(Integer::intValue).toArray();
		}
		return MatchingInstance.of(preferences, capacities, rankings);
	}

}
