package org.practica.round;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practica.directory.Organisation;
import org.practica.matching.Fairness;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.practica.Refusals.assertRefused;

/**
 * A round is upcoming, then open for choices, then closed, and runs once after it closes;
 * the run decides each applicant's outcome.
 */
class MatchingRoundTests {

	private static final Instant OPENS = Instant.parse("2026-11-11T02:00:00Z");

	private static final Instant CLOSES = OPENS.plus(Duration.ofDays(3));

	@Test
	void itTakesChoicesOnlyWhileItsWindowIsOpen() {
		MatchingRound round = round();
		assertThat(round.status(OPENS.minusSeconds(1))).isEqualTo(RoundStatus.UPCOMING);
		assertRefused(() -> round.checkTakesChoices(OPENS.minusSeconds(1)), HttpStatus.CONFLICT, "round.window.closed");
		assertThat(round.status(OPENS)).isEqualTo(RoundStatus.OPEN);
		round.checkTakesChoices(OPENS);
		round.checkTakesChoices(CLOSES.minusSeconds(1));
		assertThat(round.status(CLOSES)).isEqualTo(RoundStatus.CLOSED);
		assertRefused(() -> round.checkTakesChoices(CLOSES), HttpStatus.CONFLICT, "round.window.closed");
	}

	@Test
	void itRunsOnlyAfterItsWindowClosesAndOnce() {
		MatchingRound round = round();
		assertRefused(() -> round.checkMayRun(CLOSES.minusSeconds(1)), HttpStatus.CONFLICT, "round.run.too-early");
		assertRefused(() -> run(round, CLOSES.minusSeconds(1), List.of()), HttpStatus.CONFLICT, "round.run.too-early");
		assertThat(round.hasRun()).isFalse();

		run(round, CLOSES, List.of());
		assertThat(round.hasRun()).isTrue();
		assertThat(round.status(CLOSES)).isEqualTo(RoundStatus.RUN);
		assertThat(round.getRanAt()).isEqualTo(CLOSES);
		assertThat(round.getRanBy()).isEqualTo("admin");
		assertRefused(() -> round.checkMayRun(CLOSES.plusSeconds(1)), HttpStatus.CONFLICT, "round.run.already");
		assertRefused(() -> run(round, CLOSES.plusSeconds(1), List.of()), HttpStatus.CONFLICT, "round.run.already");
		assertRefused(() -> round.checkTakesChoices(CLOSES), HttpStatus.CONFLICT, "round.window.closed");
	}

	@Test
	void theRunDecidesEachApplicantsOutcomeAndCountsThem() {
		MatchingRound round = round();
		RoundPreference assigned = preference(1L, 10L, 11L);
		RoundPreference refused = preference(2L, 10L);
		RoundPreference filled = preference(3L, 10L);
		RoundPreference unavailable = preference(4L, 11L);
		RoundPreference none = preference(5L);
		Map<Long, Long> assignment = new HashMap<>();
		assignment.put(1L, 11L);
		assignment.put(2L, 10L);
		assignment.put(3L, null);
		assignment.put(4L, null);
		round.ran(CLOSES, "admin", Map.of(10L, 1, 11L, 2), List.of(assigned, refused, filled, unavailable, none),
				new MatchingRound.Run(assignment, Set.of(1L), Set.of(1L, 2L, 3L), FIGURES, PLAIN, FIRST_COME, 2));

		assertThat(assigned.getOutcome()).isEqualTo(RoundOutcome.ASSIGNED);
		assertThat(assigned.getMatchedShiftId()).isEqualTo(11L);
		assertThat(assigned.getMatchedChoice()).isEqualTo(2);
		assertThat(refused.getOutcome()).isEqualTo(RoundOutcome.REFUSED);
		assertThat(filled.getOutcome()).isEqualTo(RoundOutcome.FILLED);
		assertThat(filled.getMatchedShiftId()).isNull();
		assertThat(unavailable.getOutcome()).isEqualTo(RoundOutcome.UNAVAILABLE);
		assertThat(none.getOutcome()).isEqualTo(RoundOutcome.NO_CHOICES);
		assertThat(round.getAssigned()).isEqualTo(1);
		assertThat(round.getUnassigned()).isEqualTo(3);
		assertThat(round.getSeats()).isEqualTo(3);
		assertThat(round.getSeatsByShift()).containsEntry(10L, 1).containsEntry(11L, 2);
		RoundFairness fairness = round.fairness();
		assertThat(fairness.applicants()).isEqualTo(4);
		assertThat(fairness.consenting()).isEqualTo(2);
		assertThat(fairness.round()).isEqualTo(new RoundFairness.Figures(2, 1, 2, 1));
		assertThat(fairness.plain()).isEqualTo(new RoundFairness.Figures(2, 0, 2, 0));
		assertThat(fairness.firstCome()).isEqualTo(new RoundFairness.Figures(1, 1, 1, 3));
		assertThat(fairness.percent(1)).isEqualTo("25.0");
	}

	@Test
	void anOutcomeFollowsFromWhatTheEngineChoseAndWhatCameOfIt() {
		assertThat(MatchingRound.outcome(true, true, true, true)).isEqualTo(RoundOutcome.ASSIGNED);
		assertThat(MatchingRound.outcome(true, false, true, true)).isEqualTo(RoundOutcome.REFUSED);
		assertThat(MatchingRound.outcome(false, false, false, false)).isEqualTo(RoundOutcome.NO_CHOICES);
		assertThat(MatchingRound.outcome(false, false, true, true)).isEqualTo(RoundOutcome.FILLED);
		assertThat(MatchingRound.outcome(false, false, true, false)).isEqualTo(RoundOutcome.UNAVAILABLE);
	}

	private static void run(MatchingRound round, Instant now, List<RoundPreference> preferences) {
		round.ran(now, "admin", Map.of(), preferences,
				new MatchingRound.Run(Map.of(), Set.of(), Set.of(), NONE, NONE, NONE, 0));
	}

	private static final Fairness NONE = new Fairness(0, 0, 0, 0, 0, 0);

	private static final Fairness FIGURES = new Fairness(4, 2, 1, 2, 1, 0);

	private static final Fairness PLAIN = new Fairness(4, 2, 0, 2, 0, 0);

	private static final Fairness FIRST_COME = new Fairness(4, 1, 1, 1, 3, 3);

	private static RoundPreference preference(Long student, Long... shifts) {
		RoundPreference preference = new RoundPreference(1L, student);
		preference.choose(List.of(shifts), false);
		return preference;
	}

	private static MatchingRound round() {
		return new MatchingRound("暑期匹配", mock(Organisation.class), List.of(10L, 11L), 3, OPENS, CLOSES, 42L);
	}

}
