package org.practica.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeAssignmentTests {

	/**
	 * 100 cases from 10 universities, 20 judges (two per university), 3 judges per case,
	 * and a few declared conflicts with other universities.
	 */
	@Test
	void assignsEveryCaseThreeDistinctJudgesFromOtherUniversitiesWithLoadsWithinOne() {
		List<Long> cases = new ArrayList<>();
		Map<Long, Long> caseUniversity = new HashMap<>();
		for (long c = 1; c <= 100; c++) {
			cases.add(c);
			caseUniversity.put(c, 1000 + (c * 7) % 10);
		}
		List<Long> judges = new ArrayList<>();
		Map<Long, Long> judgeUniversity = new HashMap<>();
		for (long j = 1; j <= 20; j++) {
			judges.add(500 + j);
			judgeUniversity.put(500 + j, 1000 + (j - 1) / 2);
		}
		// judge 501 declared a conflict with university 1005, judge 502 with 1007
		Map<Long, Set<Long>> conflicts = Map.of(501L, Set.of(1005L), 502L, Set.of(1007L));
		Optional<Map<Long, List<Long>>> result = JudgeAssignment.assign(cases, judges, 3,
				(c, j) -> !caseUniversity.get(c).equals(judgeUniversity.get(j))
						&& !conflicts.getOrDefault(j, Set.of()).contains(caseUniversity.get(c)));
		assertThat(result).isPresent();
		Map<Long, Integer> loads = new HashMap<>();
		int violations = 0;
		for (Long c : cases) {
			List<Long> chosen = result.get().get(c);
			assertThat(chosen).hasSize(3);
			assertThat(new HashSet<>(chosen)).hasSize(3);
			for (Long j : chosen) {
				loads.merge(j, 1, Integer::sum);
				if (judgeUniversity.get(j).equals(caseUniversity.get(c))
						|| conflicts.getOrDefault(j, Set.of()).contains(caseUniversity.get(c))) {
					violations++;
				}
			}
		}
		assertThat(violations).isZero();
		assertThat(loads).hasSize(20);
		int min = loads.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
		int max = loads.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(max - min).isLessThanOrEqualTo(1);
		assertThat(loads.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
	}

	@Test
	void balancesUnevenTotalsWithinOne() {
		List<Long> cases = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		List<Long> judges = List.of(11L, 12L, 13L, 14L, 15L);
		Map<Long, List<Long>> result = JudgeAssignment.assign(cases, judges, 2, (c, j) -> true).orElseThrow();
		Map<Long, Integer> loads = new HashMap<>();
		result.values().forEach(list -> list.forEach(j -> loads.merge(j, 1, Integer::sum)));
		// 14 seats over 5 judges: loads of 2 and 3 only
		assertThat(loads.values()).allMatch(l -> l == 2 || l == 3);
		assertThat(loads.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(14);
	}

	@Test
	void answersNothingWhenTheRulesCannotAllHold() {
		// two judges, both from the cases' own university
		assertThat(JudgeAssignment.assign(List.of(1L, 2L), List.of(11L, 12L), 1, (c, j) -> false)).isEmpty();
		// three judges per case, only two allowed
		assertThat(JudgeAssignment.assign(List.of(1L), List.of(11L, 12L, 13L), 3, (c, j) -> j != 13L)).isEmpty();
		// loads within one would need judge 13 to take a case it may not
		assertThat(JudgeAssignment.assign(List.of(1L, 2L, 3L), List.of(11L, 12L, 13L), 1, (c, j) -> j != 13L))
			.isEmpty();
	}

	@Test
	void theSameInputGivesTheSameAssignment() {
		List<Long> cases = List.of(1L, 2L, 3L, 4L, 5L, 6L);
		List<Long> judges = List.of(11L, 12L, 13L, 14L);
		assertThat(JudgeAssignment.assign(cases, judges, 2, (c, j) -> (c + j) % 5 != 0))
			.isEqualTo(JudgeAssignment.assign(cases, judges, 2, (c, j) -> (c + j) % 5 != 0));
	}

}
