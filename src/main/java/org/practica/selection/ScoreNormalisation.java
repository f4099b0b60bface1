package org.practica.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns judges' weighted totals into a fair score per case, so that a lenient and a
 * strict judge count the same.
 * <p>
 * Each judge's totals become z-scores over that judge's own totals ({@code (t − mean) /
 * sd}, population standard deviation). A judge with fewer than {@value #MIN_SCORES}
 * totals, or whose totals are all equal, has no reliable mean and spread of their own:
 * they are <em>flagged</em> and left raw, their totals mapped onto the same scale with
 * the whole panel's mean and standard deviation instead of their own. A case's normalised
 * z-score is the mean of its judges' z-scores. For display it is put back on the rubric's
 * scale: {@code panel mean + z × panel sd}, held within 0 and the rubric's maximum total.
 * So a case judged only by flagged judges shows its raw mean, and an average case shows
 * the panel's average total.
 * <p>
 * Everything is computed in a fixed order (judges and cases by id), so the same scores
 * give the same figures to the last bit, and ranks break ties by the raw mean, then by
 * the lower case id.
 */
final class ScoreNormalisation {

	/** A judge with fewer totals than this is left raw. */
	static final int MIN_SCORES = 5;

	private ScoreNormalisation() {
	}

	/**
	 * Normalises the totals.
	 * @param totals every judge's weighted total of every case they scored
	 * @param maxTotal the rubric's largest weighted total
	 */
	static Outcome normalise(List<Total> totals, double maxTotal) {
		List<Total> ordered = totals.stream()
			.sorted(Comparator.comparing(Total::judgeId).thenComparing(Total::caseId))
			.toList();
		Map<Long, List<Total>> byJudge = new TreeMap<>();
		Map<Long, List<Total>> byCase = new TreeMap<>();
		ordered.forEach(t -> byJudge.computeIfAbsent(t.judgeId(), k -> new ArrayList<>()).add(t));
		ordered.forEach(t -> byCase.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(t));
		double panelMean = mean(ordered.stream().map(Total::total).toList());
		double panelSd = sd(ordered.stream().map(Total::total).toList(), panelMean);
		Map<Long, JudgeFigures> judges = new LinkedHashMap<>();
		byJudge.forEach((judge, own) -> {
			List<Double> values = own.stream().map(Total::total).toList();
			double mean = mean(values);
			double sd = sd(values, mean);
			boolean flagged = values.size() < MIN_SCORES || sd < 1e-9;
			judges.put(judge, new JudgeFigures(judge, values.size(), mean, sd, flagged));
		});
		Map<Long, CaseFigures> cases = new LinkedHashMap<>();
		byCase.forEach((caseId, own) -> {
			double raw = mean(own.stream().map(Total::total).toList());
			double z = 0;
			for (Total t : own) {
				JudgeFigures j = judges.get(t.judgeId());
				if (!j.flagged()) {
					z += (t.total() - j.mean()) / j.sd();
				}
				else if (panelSd > 1e-9) {
					z += (t.total() - panelMean) / panelSd;
				}
			}
			z /= own.size();
			double shown = panelSd > 1e-9 ? panelMean + z * panelSd : raw;
			shown = Math.max(0, Math.min(maxTotal, shown));
			double low = own.stream().mapToDouble(Total::total).min().orElse(0);
			double high = own.stream().mapToDouble(Total::total).max().orElse(0);
			boolean anyFlagged = own.stream().anyMatch(t -> judges.get(t.judgeId()).flagged());
			cases.put(caseId, new CaseFigures(caseId, raw, z, shown, high - low, own.size(), anyFlagged));
		});
		return new Outcome(panelMean, panelSd, judges, cases);
	}

	/**
	 * Ranks cases by normalised z-score, highest first; ties by raw mean, then by the
	 * lower id. Rank 1 is the best.
	 */
	static Map<Long, Integer> rank(List<CaseFigures> cases) {
		List<CaseFigures> sorted = cases.stream()
			.sorted(Comparator.comparingDouble(CaseFigures::z)
				.reversed()
				.thenComparing(Comparator.comparingDouble(CaseFigures::raw).reversed())
				.thenComparing(CaseFigures::caseId))
			.toList();
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			ranks.put(sorted.get(i).caseId(), i + 1);
		}
		return ranks;
	}

	/** The ranks the raw means alone would give, ties by the lower id. */
	static Map<Long, Integer> rankRaw(List<CaseFigures> cases) {
		List<CaseFigures> sorted = cases.stream()
			.sorted(Comparator.comparingDouble(CaseFigures::raw).reversed().thenComparing(CaseFigures::caseId))
			.toList();
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			ranks.put(sorted.get(i).caseId(), i + 1);
		}
		return ranks;
	}

	/** The judges that are left raw. */
	static Set<Long> flagged(Outcome outcome) {
		Set<Long> flagged = new TreeSet<>();
		outcome.judges().values().stream().filter(JudgeFigures::flagged).forEach(j -> flagged.add(j.judgeId()));
		return flagged;
	}

	private static double mean(List<Double> values) {
		if (values.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.size();
	}

	private static double sd(List<Double> values, double mean) {
		if (values.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (double v : values) {
			sum += (v - mean) * (v - mean);
		}
		return Math.sqrt(sum / values.size());
	}

	/** One judge's weighted total of one case. */
	record Total(Long judgeId, Long caseId, double total) {
	}

	/**
	 * A judge's figures over their own totals.
	 *
	 * @param flagged fewer than {@value #MIN_SCORES} totals or no spread: left raw
	 */
	record JudgeFigures(Long judgeId, int count, double mean, double sd, boolean flagged) {
	}

	/**
	 * A case's figures.
	 *
	 * @param raw the mean of its judges' totals
	 * @param z the mean of its judges' z-scores
	 * @param normalised z on the rubric's scale, for display
	 * @param spread its highest total less its lowest
	 * @param judges how many judges scored it
	 * @param flaggedJudge whether one of them was left raw
	 */
	record CaseFigures(Long caseId, double raw, double z, double normalised, double spread, int judges,
			boolean flaggedJudge) {
	}

	record Outcome(double panelMean, double panelSd, Map<Long, JudgeFigures> judges, Map<Long, CaseFigures> cases) {
	}

}
