package org.practica.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreNormalisationTests {

	/**
	 * 40 cases of known quality, 8 judges, 3 per case; judge 1 gives +2 on every score.
	 * The raw means favour the cases judge 1 happened to score; the z-scores do not.
	 */
	@Test
	void normalisedRankingIsCloserToTheTrueOrderThanTheRawOneWithALenientJudge() {
		Random random = new Random(12);
		int cases = 40;
		double[] quality = new double[cases + 1];
		for (int c = 1; c <= cases; c++) {
			quality[c] = 4 + 4.0 * c / cases + random.nextGaussian() * 0.1;
		}
		List<ScoreNormalisation.Total> totals = new ArrayList<>();
		for (int c = 1; c <= cases; c++) {
			for (int k = 0; k < 3; k++) {
				long judge = 1 + (c * 3L + k * 3) % 8;
				double lenient = judge == 1 ? 2 : 0;
				double score = quality[c] + lenient + random.nextGaussian() * 0.3;
				totals.add(new ScoreNormalisation.Total(judge, (long) c, score));
			}
		}
		// every judge scored enough cases and with spread: none is flagged
		ScoreNormalisation.Outcome outcome = ScoreNormalisation.normalise(totals, 20);
		assertThat(ScoreNormalisation.flagged(outcome)).isEmpty();
		List<ScoreNormalisation.CaseFigures> figures = List.copyOf(outcome.cases().values());
		Map<Long, Integer> truth = new HashMap<>();
		List<Long> byQuality = new ArrayList<>();
		for (long c = 1; c <= cases; c++) {
			byQuality.add(c);
		}
		byQuality.sort((a, b) -> Double.compare(quality[b.intValue()], quality[a.intValue()]));
		for (int i = 0; i < byQuality.size(); i++) {
			truth.put(byQuality.get(i), i + 1);
		}
		double raw = spearman(truth, ScoreNormalisation.rankRaw(figures));
		double normalised = spearman(truth, ScoreNormalisation.rank(figures));
		assertThat(normalised).isGreaterThan(raw);
		assertThat(normalised).isGreaterThan(0.9);
	}

	@Test
	void judgesWithFewerThanFiveScoresOrNoSpreadAreLeftRawAndFlagged() {
		List<ScoreNormalisation.Total> totals = new ArrayList<>();
		// judges 1 and 2 score cases 1..6 with spread
		for (long c = 1; c <= 6; c++) {
			totals.add(new ScoreNormalisation.Total(1L, c, 10 + c));
			totals.add(new ScoreNormalisation.Total(2L, c, 8 + c * 2));
		}
		// judge 3 scored only case 7 and case 8 (fewer than 5)
		totals.add(new ScoreNormalisation.Total(3L, 7L, 14));
		totals.add(new ScoreNormalisation.Total(3L, 8L, 20));
		// judge 4 gave case 9..13 all the same total (no spread)
		for (long c = 9; c <= 13; c++) {
			totals.add(new ScoreNormalisation.Total(4L, c, 15));
		}
		ScoreNormalisation.Outcome outcome = ScoreNormalisation.normalise(totals, 50);
		assertThat(ScoreNormalisation.flagged(outcome)).containsExactly(3L, 4L);
		assertThat(outcome.judges().get(3L).count()).isEqualTo(2);
		assertThat(outcome.judges().get(4L).sd()).isZero();
		// a case judged only by a flagged judge shows its raw total: mapped with the
		// panel's mean and spread, and back
		assertThat(outcome.cases().get(7L).normalised()).isCloseTo(14, within(1e-9));
		assertThat(outcome.cases().get(8L).normalised()).isCloseTo(20, within(1e-9));
		assertThat(outcome.cases().get(9L).normalised()).isCloseTo(15, within(1e-9));
		assertThat(outcome.cases().get(7L).flaggedJudge()).isTrue();
		assertThat(outcome.cases().get(1L).flaggedJudge()).isFalse();
		// an unflagged judge's z-scores: judge 1's mean is 13.5
		double sd1 = outcome.judges().get(1L).sd();
		double sd2 = outcome.judges().get(2L).sd();
		double z1 = ((11 - 13.5) / sd1 + (10 - 15) / sd2) / 2;
		assertThat(outcome.cases().get(1L).z()).isCloseTo(z1, within(1e-9));
	}

	@Test
	void recomputingGivesIdenticalFiguresAndRanksWithTiesBrokenByCaseId() {
		List<ScoreNormalisation.Total> totals = new ArrayList<>();
		for (long j = 1; j <= 3; j++) {
			for (long c = 1; c <= 6; c++) {
				totals.add(new ScoreNormalisation.Total(j, c, c % 3));
			}
		}
		ScoreNormalisation.Outcome first = ScoreNormalisation.normalise(totals, 10);
		List<ScoreNormalisation.Total> shuffled = new ArrayList<>(totals);
		java.util.Collections.shuffle(shuffled, new Random(3));
		ScoreNormalisation.Outcome second = ScoreNormalisation.normalise(shuffled, 10);
		assertThat(second.cases()).isEqualTo(first.cases());
		Map<Long, Integer> ranks = ScoreNormalisation.rank(List.copyOf(first.cases().values()));
		assertThat(ranks).isEqualTo(ScoreNormalisation.rank(List.copyOf(second.cases().values())));
		// cases 2 and 5 tie at the top: the lower id first
		assertThat(ranks.get(2L)).isEqualTo(1);
		assertThat(ranks.get(5L)).isEqualTo(2);
	}

	private static double spearman(Map<Long, Integer> a, Map<Long, Integer> b) {
		int n = a.size();
		double sum = 0;
		for (Map.Entry<Long, Integer> e : a.entrySet()) {
			double d = e.getValue() - b.get(e.getKey());
			sum += d * d;
		}
		return 1 - 6 * sum / (n * ((double) n * n - 1));
	}

}
