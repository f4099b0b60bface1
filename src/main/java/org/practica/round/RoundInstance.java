package org.practica.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.practica.matching.DeferredAcceptance;
import org.practica.matching.EfficiencyAdjustment;
import org.practica.matching.Fairness;
import org.practica.matching.FirstCome;
import org.practica.matching.Matching;
import org.practica.matching.MatchingInstance;

/**
 * Turns a round's recorded applications and seats into a matching instance and solves it:
 * student-proposing deferred acceptance, adjusted for efficiency where students consented
 * to waive their priority ({@link EfficiencyAdjustment}; with no consent it is plain
 * deferred acceptance). It also measures the result beside plain deferred acceptance and
 * a first-come simulation in the recorded arrival order. It reads nothing else, so
 * solving the recorded rows again gives the same assignment and figures.
 */
final class RoundInstance {

	/** The order in which a shift ranks its applicants: score, then lottery, then id. */
	static final Comparator<RoundApplication> RANKING = Comparator.comparingInt(RoundApplication::getScore)
		.reversed()
		.thenComparingLong(RoundApplication::getLottery)
		.thenComparing(RoundApplication::getStudentId);

	private RoundInstance() {
	}

	/**
	 * Solves a round.
	 * @param shiftIds the round's shifts
	 * @param seats free seats per shift
	 * @param applications every application, available or not
	 * @return per student who applied, the shift assigned, or null; and the figures
	 */
	static Solved solve(List<Long> shiftIds, Map<Long, Integer> seats, List<RoundApplication> applications) {
		TreeMap<Long, List<RoundApplication>> byStudent = new TreeMap<>();
		for (RoundApplication a : applications) {
			byStudent.computeIfAbsent(a.getStudentId(), id -> new ArrayList<>()).add(a);
		}
		Map<Long, Integer> studentIndex = new HashMap<>();
		List<Long> students = new ArrayList<>(byStudent.keySet());
		for (int s = 0; s < students.size(); s++) {
			studentIndex.put(students.get(s), s);
		}
		Map<Long, Integer> shiftIndex = new HashMap<>();
		for (int p = 0; p < shiftIds.size(); p++) {
			shiftIndex.put(shiftIds.get(p), p);
		}

		int[][] preferences = new int[students.size()][];
		boolean[] consents = new boolean[students.size()];
		long[] arrivalKey = new long[students.size()];
		for (int s = 0; s < students.size(); s++) {
			List<RoundApplication> own = byStudent.get(students.get(s));
			preferences[s] = own.stream()
				.filter(a -> shiftIndex.containsKey(a.getShiftId()))
				.sorted(Comparator.comparingInt(RoundApplication::getChoice))
				.mapToInt(a -> shiftIndex.get(a.getShiftId()))
				.toArray();
			consents[s] = own.get(0).isWaivesPriority();
			arrivalKey[s] = ((long) own.get(0).getArrival() << 32) | s;
		}
		int[] capacities = new int[shiftIds.size()];
		List<List<RoundApplication>> applicants = new ArrayList<>();
		for (int p = 0; p < shiftIds.size(); p++) {
			capacities[p] = Math.max(0, seats.getOrDefault(shiftIds.get(p), 0));
			applicants.add(new ArrayList<>());
		}
		for (RoundApplication a : applications) {
			Integer p = shiftIndex.get(a.getShiftId());
			if (p != null && a.isAvailable()) {
				applicants.get(p).add(a);
			}
		}
		int[][] rankings = new int[shiftIds.size()][];
		for (int p = 0; p < shiftIds.size(); p++) {
			rankings[p] = applicants.get(p)
				.stream()
				.sorted(RANKING)
				.mapToInt(a -> studentIndex.get(a.getStudentId()))
				.toArray();
		}

		MatchingInstance instance = MatchingInstance.of(preferences, capacities, rankings);
		Matching plain = DeferredAcceptance.solve(instance);
		Matching adjusted = EfficiencyAdjustment.solve(instance, consents).matching();
		java.util.Arrays.sort(arrivalKey);
		int[] arrival = new int[students.size()];
		for (int i = 0; i < arrival.length; i++) {
			arrival[i] = (int) arrivalKey[i];
		}
		Matching firstCome = FirstCome.assign(instance, arrival);

		Map<Long, Long> result = new LinkedHashMap<>();
		for (int s = 0; s < students.size(); s++) {
			int p = adjusted.positionOf(s);
			result.put(students.get(s), p == Matching.UNASSIGNED ? null : shiftIds.get(p));
		}
		int consenting = 0;
		for (boolean consent : consents) {
			consenting += consent ? 1 : 0;
		}
		return new Solved(result, Fairness.of(instance, adjusted, consents), Fairness.of(instance, plain, null),
				Fairness.of(instance, firstCome, null), consenting);
	}

	/**
	 * A solved round.
	 *
	 * @param assignment per student who applied, the shift the engine chose, or null
	 * @param adjusted the figures of that assignment
	 * @param plain the figures of plain deferred acceptance
	 * @param firstCome the figures of first come, first served in the recorded arrival
	 * order
	 * @param consenting how many students consented to waive their priority
	 */
	record Solved(Map<Long, Long> assignment, Fairness adjusted, Fairness plain, Fairness firstCome, int consenting) {
	}

}
