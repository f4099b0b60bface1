package org.practica.matching;

/**
 * First come, first served on the same choices: students arrive in a given order and each
 * takes the best position on their list that ranks them and still has a free seat. It is
 * what a round replaces, simulated so a round can show what it bought: it leaves
 * justified envy wherever an early student took a seat a later one ranks above.
 */
public final class FirstCome {

	private FirstCome() {
	}

	/**
	 * Assigns the students in order of arrival.
	 * @param instance the instance
	 * @param arrival every student index once, first arrival first
	 * @return the matching
	 */
	public static Matching assign(MatchingInstance instance, int[] arrival) {
		int students = instance.studentCount();
		int positions = instance.positionCount();
		if (arrival.length != students) {
			throw new IllegalArgumentException(arrival.length + " arrivals for " + students + " students");
		}
		int[] choiceStart = instance.choiceStart();
		int[] choices = instance.choices();
		int[] ranks = ChoiceRanks.of(instance, new int[positions]);
		int[] left = instance.capacities().clone();
		int[] positionOf = new int[students];
		java.util.Arrays.fill(positionOf, -2);
		long tries = 0;
		for (int s : arrival) {
			if (s < 0 || s >= students || positionOf[s] != -2) {
				throw new IllegalArgumentException("arrival order lists student " + s + " out of range or twice");
			}
			positionOf[s] = Matching.UNASSIGNED;
			for (int k = choiceStart[s]; k < choiceStart[s + 1]; k++) {
				if (ranks[k] == ChoiceRanks.UNRANKED) {
					continue;
				}
				int p = choices[k];
				tries++;
				if (left[p] > 0) {
					left[p]--;
					positionOf[s] = p;
					break;
				}
			}
		}
		return new Matching(positionOf, tries);
	}

	/**
	 * An arrival order drawn from a seed (Fisher–Yates with SplitMix64), for a simulation
	 * without recorded arrivals.
	 * @param students the number of students
	 * @param seed the seed
	 * @return a permutation of {@code 0..students-1}
	 */
	public static int[] shuffledArrival(int students, long seed) {
		int[] order = new int[students];
		for (int i = 0; i < students; i++) {
			order[i] = i;
		}
		long state = seed;
		for (int i = students - 1; i > 0; i--) {
			state += 0x9E3779B97F4A7C15L;
			long z = state;
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			z = z ^ (z >>> 31);
			int j = (int) Long.remainderUnsigned(z, i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

}
