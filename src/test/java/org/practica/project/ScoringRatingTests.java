package org.practica.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A team's rating is one more explained factor: from −5 to +5, none for a team without
 * ratings, and the total stays within 0–100.
 */
class ScoringRatingTests {

	private static final LocalDate MAY_1 = LocalDate.of(2030, 5, 1);

	private final Listing need = new Listing(1, Set.of("WALL_PAINTING"), Set.of("VOLUNTEER_SERVICE"), List.of("绘画"),
			26.9, 112.6, 0, MAY_1, MAY_1.plusDays(9), 10);

	private final Listing offer = new Listing(2, Set.of("ELDERLY_CARE"), Set.of("VOLUNTEER_SERVICE"), List.of("绘画"),
			26.9, 112.6, 20, MAY_1.plusDays(5), MAY_1.plusDays(30), 5, 9);

	@Test
	void aTeamWithoutRatingsIsNeitherHelpedNorHurt() {
		Suggestion without = Scoring.explain(this.need, this.offer, 2);
		Suggestion rated = Scoring.explain(this.need, this.offer, 2, null);
		assertThat(rated.score()).isEqualTo(without.score());
		Suggestion.Reason reason = rated.reasons().get(rated.reasons().size() - 1);
		assertThat(reason.factor()).isEqualTo("RATING");
		assertThat(reason.score()).isZero();
		assertThat(reason.messageKey()).isEqualTo("suggestion.rating.none");
		assertThat(Scoring.score(this.need, this.offer, null)).isEqualTo(Scoring.score(this.need, this.offer));
	}

	@Test
	void goodRatingsAddAndPoorOnesSubtractUpToFivePoints() {
		double base = Scoring.score(this.need, this.offer);
		Suggestion good = Scoring.explain(this.need, this.offer, 2, new TeamRatings.Rating(4.5, 3));
		Suggestion.Reason reason = good.reasons().get(good.reasons().size() - 1);
		assertThat(reason.score()).isCloseTo(3.75, within(0.001));
		assertThat(reason.arguments()).containsExactly(4.5, 3L);
		assertThat(good.score()).isEqualTo((int) Math.round(base + 3.75));
		assertThat(Scoring.score(this.need, this.offer, new TeamRatings.Rating(1, 1))).isCloseTo(base - 5,
				within(0.001));
		assertThat(Scoring.score(this.need, this.offer, new TeamRatings.Rating(3, 8))).isCloseTo(base, within(0.001));
	}

	@Test
	void theTotalStaysWithinAHundred() {
		Listing perfect = new Listing(2, Set.of("WALL_PAINTING"), Set.of("VOLUNTEER_SERVICE"), List.of("绘画"), 26.9,
				112.6, 20, MAY_1.minusDays(10), MAY_1.plusDays(30), 10, 9);
		assertThat(Scoring.explain(this.need, perfect, 2, new TeamRatings.Rating(5, 2)).score()).isEqualTo(100);
		assertThat(Scoring.score(this.need, perfect, new TeamRatings.Rating(5, 2))).isEqualTo(100);
	}

}
