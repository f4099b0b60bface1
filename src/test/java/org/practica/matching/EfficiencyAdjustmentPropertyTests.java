package org.practica.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The efficiency-adjusted pass on random small instances (up to 6 students, 4 positions,
 * capacities 0 to 2) against brute force over every feasible assignment, and on generated
 * instances of a few thousand students.
 */
class EfficiencyAdjustmentPropertyTests {

	private static final int INSTANCES = 3000;

	private static final int U = Matching.UNASSIGNED;

	@Test
	void nobodyIsWorseOffThanUnderDeferredAcceptanceAndNoUnconsentedPriorityIsViolated() {
		int improved = 0;
		for (int seed = 0; seed < INSTANCES; seed++) {
			Random random = new Random(seed);
			Small small = Small.random(random);
			boolean[] consents = small.randomConsents(random);
			int[] plain = DeferredAcceptance.solve(small.instance()).toArray();
			int[] adjusted = EfficiencyAdjustment.solve(small.instance(), consents).matching().toArray();

			assertThat(small.isFeasible(adjusted)).as("seed %d: %s is feasible", seed, Arrays.toString(adjusted))
				.isTrue();
			for (int s = 0; s < small.students(); s++) {
				assertThat(small.choiceIndex(s, adjusted[s])).as("seed %d: student %d not worse off", seed, s)
					.isLessThanOrEqualTo(small.choiceIndex(s, plain[s]));
				if (small.choiceIndex(s, adjusted[s]) < small.choiceIndex(s, plain[s])) {
					improved++;
				}
			}
			long unconsented = 0;
			long envy = 0;
			for (int s = 0; s < small.students(); s++) {
				for (int p = 0; p < small.positions(); p++) {
					if (small.envies(adjusted, s, p)) {
						envy++;
						assertThat(consents[s]).as("seed %d: student %d envies %d and did not consent", seed, s, p)
							.isTrue();
						unconsented += consents[s] ? 0 : 1;
					}
				}
			}
			Fairness fairness = Fairness.of(small.instance(), Matching.of(adjusted), consents);
			assertThat(fairness.justifiedEnvy()).as("seed %d: envy counted as brute force", seed).isEqualTo(envy);
			assertThat(fairness.unconsentedEnvy()).isEqualTo(unconsented).isZero();
		}
		assertThat(improved).as("the pass improves someone somewhere").isGreaterThan(INSTANCES / 300);
	}

	@Test
	void withEveryoneConsentingTheResultIsParetoEfficient() {
		for (int seed = 0; seed < INSTANCES; seed++) {
			Small small = Small.random(new Random(seed));
			boolean[] everyone = new boolean[small.students()];
			Arrays.fill(everyone, true);
			int[] adjusted = EfficiencyAdjustment.solve(small.instance(), everyone).matching().toArray();
			for (int[] other : small.feasibleAssignments()) {
				assertThat(small.dominates(other, adjusted))
					.as("seed %d: %s Pareto-dominates %s", seed, Arrays.toString(other), Arrays.toString(adjusted))
					.isFalse();
			}
		}
	}

	@Test
	void withNobodyConsentingTheResultIsDeferredAcceptance() {
		for (int seed = 0; seed < INSTANCES; seed++) {
			Small small = Small.random(new Random(seed));
			int[] plain = DeferredAcceptance.solve(small.instance()).toArray();
			assertThat(EfficiencyAdjustment.solve(small.instance(), new boolean[small.students()]).matching().toArray())
				.as("seed %d", seed)
				.isEqualTo(plain);
			assertThat(EfficiencyAdjustment.solve(small.instance(), null).matching().toArray()).isEqualTo(plain);
		}
	}

	@Test
	void firstComeIsCheckedAgainstItsDefinition() {
		for (int seed = 0; seed < INSTANCES; seed++) {
			Small small = Small.random(new Random(seed));
			int[] arrival = FirstCome.shuffledArrival(small.students(), seed);
			int[] engine = FirstCome.assign(small.instance(), arrival).toArray();
			int[] left = small.capacities().clone();
			for (int s : arrival) {
				int expected = U;
				for (int p : small.preferences()[s]) {
					if (small.rank(p, s) >= 0 && left[p] > 0) {
						left[p]--;
						expected = p;
						break;
					}
				}
				assertThat(engine[s]).as("seed %d student %d", seed, s).isEqualTo(expected);
			}
		}
	}

	@Test
	void generatedInstancesWithRandomConsentsKeepTheProperties() {
		for (long seed = 1; seed <= 4; seed++) {
			MatchingInstance instance = InstanceGenerator.generate(3000, seed).instance();
			Random random = new Random(seed);
			boolean[] consents = new boolean[instance.studentCount()];
			for (int s = 0; s < consents.length; s++) {
				consents[s] = random.nextBoolean();
			}
			Matching plain = DeferredAcceptance.solve(instance);
			EfficiencyAdjustment.Result result = EfficiencyAdjustment.solve(instance, consents);
			Matching adjusted = result.matching();
			for (int s = 0; s < instance.studentCount(); s++) {
				assertThat(choiceIndex(instance, s, adjusted.positionOf(s)))
					.isLessThanOrEqualTo(choiceIndex(instance, s, plain.positionOf(s)));
			}
			Fairness fairness = Fairness.of(instance, adjusted, consents);
			assertThat(fairness.unconsentedEnvy()).isZero();
			assertThat(fairness.topThree()).isGreaterThanOrEqualTo(Fairness.of(instance, plain, null).topThree());
			assertThat(Fairness.of(instance, plain, null).justifiedEnvy()).isZero();
			assertThat(EfficiencyAdjustment.solve(instance, consents).matching().toArray())
				.as("the same inputs give the same result")
				.isEqualTo(adjusted.toArray());
			assertThat(result.rounds()).isGreaterThan(1);
		}
	}

	private static int choiceIndex(MatchingInstance instance, int student, int position) {
		int[] list = instance.preferences(student);
		for (int i = 0; i < list.length; i++) {
			if (list[i] == position) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** A small instance as plain lists, with brute-force definitions. */
	private record Small(int[][] preferences, int[] capacities, int[][] rankings) {

		static Small random(Random random) {
			int students = 1 + random.nextInt(6);
			int positions = 1 + random.nextInt(4);
			int[][] preferences = new int[students][];
			for (int s = 0; s < students; s++) {
				preferences[s] = randomList(random, positions, 0.8);
			}
			int[] capacities = new int[positions];
			int[][] rankings = new int[positions][];
			for (int p = 0; p < positions; p++) {
				capacities[p] = random.nextInt(3);
				rankings[p] = randomList(random, students, 0.9);
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

		boolean[] randomConsents(Random random) {
			boolean[] consents = new boolean[students()];
			for (int s = 0; s < consents.length; s++) {
				consents[s] = random.nextBoolean();
			}
			return consents;
		}

		MatchingInstance instance() {
			return MatchingInstance.of(this.preferences, this.capacities, this.rankings);
		}

		int students() {
			return this.preferences.length;
		}

		int positions() {
			return this.capacities.length;
		}

		/** Every assignment of acceptable pairs within the capacities. */
		List<int[]> feasibleAssignments() {
			List<int[]> all = new ArrayList<>();
			int options = positions() + 1;
			int count = (int) Math.pow(options, students());
			for (int code = 0; code < count; code++) {
				int[] assignment = new int[students()];
				int rest = code;
				for (int s = 0; s < students(); s++) {
					assignment[s] = rest % options - 1;
					rest /= options;
				}
				if (isFeasible(assignment)) {
					all.add(assignment);
				}
			}
			return all;
		}

		boolean isFeasible(int[] assignment) {
			int[] held = new int[positions()];
			for (int s = 0; s < students(); s++) {
				int p = assignment[s];
				if (p != U) {
					if (choiceIndex(s, p) == Integer.MAX_VALUE || rank(p, s) < 0 || ++held[p] > this.capacities[p]) {
						return false;
					}
				}
			}
			return true;
		}

		/**
		 * Whether everyone weakly prefers {@code a} to {@code b} and someone strictly.
		 */
		boolean dominates(int[] a, int[] b) {
			boolean strictly = false;
			for (int s = 0; s < students(); s++) {
				if (choiceIndex(s, a[s]) > choiceIndex(s, b[s])) {
					return false;
				}
				strictly |= choiceIndex(s, a[s]) < choiceIndex(s, b[s]);
			}
			return strictly;
		}

		/** The student prefers the position, which ranks them above someone it holds. */
		boolean envies(int[] assignment, int s, int p) {
			if (assignment[s] == p || rank(p, s) < 0 || choiceIndex(s, p) >= choiceIndex(s, assignment[s])) {
				return false;
			}
			for (int other = 0; other < students(); other++) {
				if (assignment[other] == p && rank(p, other) > rank(p, s)) {
					return true;
				}
			}
			return false;
		}

		int choiceIndex(int student, int position) {
			int i = indexOf(this.preferences[student], position);
			return (i < 0) ? Integer.MAX_VALUE : i;
		}

		int rank(int position, int student) {
			return indexOf(this.rankings[position], student);
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
