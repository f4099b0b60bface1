package org.practica.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTests {

	private static final LocalDate MAY_1 = LocalDate.of(2030, 5, 1);

	private static Listing need(String direction, String top, List<String> skills, double lat, double lon,
			LocalDate from, LocalDate to, int headcount) {
		return new Listing(1, Set.of(direction), Set.of(top), skills, lat, lon, 0, from, to, headcount);
	}

	private static Listing offer(Set<String> directions, Set<String> tops, List<String> skills, double lat, double lon,
			double radius, LocalDate from, LocalDate to, int capacity) {
		return new Listing(2, directions, tops, skills, lat, lon, radius, from, to, capacity);
	}

	@Test
	void aPerfectFitScoresTheMaximum() {
		Listing need = need("WALL_PAINTING", "VOLUNTEER_SERVICE", List.of("绘画"), 26.9, 112.6, MAY_1, MAY_1.plusDays(9),
				5);
		Listing offer = offer(Set.of("WALL_PAINTING"), Set.of("VOLUNTEER_SERVICE"), List.of("绘画", "视频"), 26.9, 112.6,
				20, MAY_1.minusDays(10), MAY_1.plusDays(30), 5);
		Suggestion suggestion = Scoring.explain(need, offer, 2);
		assertThat(suggestion.score()).isEqualTo(100);
		assertThat(suggestion.reasons()).extracting(Suggestion.Reason::factor)
			.containsExactly("DIRECTION", "SKILLS", "DISTANCE", "DATES", "CAPACITY");
		assertThat(suggestion.reasons().stream().mapToDouble(Suggestion.Reason::score).sum()).isCloseTo(100,
				within(0.001));
	}

	@Test
	void eachFactorGivesItsShare() {
		Listing need = need("WALL_PAINTING", "VOLUNTEER_SERVICE", List.of("绘画", "墙绘", "设计", "摄影"), 26.9, 112.6, MAY_1,
				MAY_1.plusDays(9), 10);
		// same field but not the same direction; 1 of 4 skills; half the days; half the
		// headcount
		Listing offer = offer(Set.of("ELDERLY_CARE"), Set.of("VOLUNTEER_SERVICE"), List.of("绘画"), 26.9, 112.6, 20,
				MAY_1.plusDays(5), MAY_1.plusDays(30), 5);
		assertThat(Scoring.direction(need, offer)).isEqualTo(15);
		assertThat(Scoring.skills(need, offer)).isEqualTo(7.5);
		assertThat(Scoring.dates(need, offer)).isEqualTo(7.5);
		assertThat(Scoring.capacity(need, offer)).isEqualTo(5);
		assertThat(Scoring.distance(need, offer)).isEqualTo(20);
		assertThat(Scoring.explain(need, offer, 2).score()).isEqualTo(55);
	}

	@Test
	void distanceFallsToHalfAtTheRadiusAndToNothingAtTwiceIt() {
		Listing need = need("X", "X", List.of(), 0, 0, MAY_1, MAY_1, 1);
		// one degree of longitude at the equator is about 111.2 km
		Listing atRadius = offer(Set.of(), Set.of(), List.of(), 0, 1, 111.195, MAY_1, MAY_1, 1);
		Listing farAway = offer(Set.of(), Set.of(), List.of(), 0, 2.5, 111.195, MAY_1, MAY_1, 1);
		assertThat(Scoring.distance(need, atRadius)).isCloseTo(10, within(0.01));
		assertThat(Scoring.distance(need, farAway)).isZero();
		Listing unknown = offer(Set.of(), Set.of(), List.of(), Double.NaN, Double.NaN, 20, MAY_1, MAY_1, 1);
		assertThat(Scoring.distance(need, unknown)).isZero();
	}

	@Test
	void unrelatedDirectionsAndNoOverlapScoreNothingForThoseFactors() {
		Listing need = need("LEGAL_AID", "VOLUNTEER_SERVICE", List.of("法律"), 26.9, 112.6, MAY_1, MAY_1.plusDays(3), 4);
		Listing offer = offer(Set.of("DIGITAL_SKILLS"), Set.of("INDUSTRY_EDUCATION"), List.of("编程"), 26.9, 112.6, 20,
				MAY_1.plusDays(10), MAY_1.plusDays(20), 4);
		assertThat(Scoring.direction(need, offer)).isZero();
		assertThat(Scoring.skills(need, offer)).isZero();
		assertThat(Scoring.dates(need, offer)).isZero();
		Suggestion suggestion = Scoring.explain(need, offer, 2);
		assertThat(suggestion.reasons().get(1).messageKey()).isEqualTo("suggestion.skills.none-shared");
	}

	@Test
	void aNeedThatAsksNoSkillsGivesHalfTheSkillPoints() {
		Listing need = need("X", "X", List.of(), 0, 0, MAY_1, MAY_1, 1);
		Listing offer = offer(Set.of(), Set.of(), List.of("任何"), 0, 0, 1, MAY_1, MAY_1, 1);
		assertThat(Scoring.skills(need, offer)).isEqualTo(15);
	}

}
