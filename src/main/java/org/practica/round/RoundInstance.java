package org.practica.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.practica.matching.DeferredAcceptance;
import org.practica.matching.Matching;
import org.practica.matching.MatchingInstance;

/**
 * Turns a round's recorded applications and seats into a matching instance and solves it
 * with student-proposing deferred acceptance. It reads nothing else, so solving the
 * recorded rows again gives the same assignment.
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
	 * @return per student who applied, the shift assigned, or null
	 */
	static Map<Long, Long> solve(List<Long> shiftIds, Map<Long, Integer> seats, List<RoundApplication> applications) {
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
		for (int s = 0; s < students.size(); s++) {
			preferences[s] = byStudent.get(students.get(s))
				.stream()
				.filter(a -> shiftIndex.containsKey(a.getShiftId()))
				.sorted(Comparator.comparingInt(RoundApplication::getChoice))
				.mapToInt(a -> shiftIndex.get(a.getShiftId()))
				.toArray();
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

		Matching matching = DeferredAcceptance.solve(MatchingInstance.of(preferences, capacities, rankings));
		Map<Long, Long> result = new LinkedHashMap<>();
		for (int s = 0; s < students.size(); s++) {
			int p = matching.positionOf(s);
			result.put(students.get(s), p == Matching.UNASSIGNED ? null : shiftIds.get(p));
		}
		return result;
	}

}
