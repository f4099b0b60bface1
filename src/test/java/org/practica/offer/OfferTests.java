package org.practica.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an offer does differently from every listing: its own messages, several
 * directions, a capacity, a travel radius, and its own events.
 */
class OfferTests {

	private static final Instant NOW = Instant.parse("2030-04-01T01:00:00Z");

	@Test
	void anOfferRefusesInItsOwnWords() {
		Offer offer = offer(null);
		offer.cancel();
		assertThatThrownBy(() -> offer.publish(NOW)).isInstanceOf(Problem.class).hasMessage("offer.publish.not-draft");
		assertThatThrownBy(offer::close).hasMessage("offer.close.not-published");
		assertThatThrownBy(offer::cancel).hasMessage("offer.cancel.ended");
		assertThatThrownBy(
				() -> offer.describe(request(null), List.of("PUBLICITY"), List.of("PARTY_LEAGUE_AFFAIRS"), null, null))
			.hasMessage("offer.not-editable");
	}

	@Test
	void anOfferHasSeveralDirectionsACapacityAndARadiusOf20KmUnlessToldOtherwise() {
		Offer offer = offer(null);
		assertThat(offer.getDirections()).containsExactly("WALL_PAINTING", "PUBLICITY");
		assertThat(offer.getDirectionTops()).containsExactly("VOLUNTEER_SERVICE", "PARTY_LEAGUE_AFFAIRS");
		assertThat(offer.getCapacity()).isEqualTo(10);
		assertThat(offer.getRadiusKm()).isEqualTo(20);
		assertThat(offer.getAvailableFrom()).isEqualTo(LocalDate.of(2030, 4, 1));
		assertThat(offer.getAvailableTo()).isEqualTo(LocalDate.of(2030, 6, 30));
		assertThat(offer.getTeamId()).isEqualTo(9L);
		assertThat(offer(5.5).getRadiusKm()).isEqualTo(5.5);
	}

	@Test
	void theEventsAreLoggedWithTheActionsTheLogAlwaysHad() {
		assertThat(List.of(new OfferCreated(1L, 9L), new OfferUpdated(1L, 9L), new OfferPublished(1L, 9L, NOW),
				new OfferClosed(1L, 9L), new OfferCancelled(1L, 9L)))
			.allSatisfy(event -> {
				assertThat(event.subjectType()).isEqualTo("offer");
				assertThat(event.subjectId()).isEqualTo(1L);
			})
			.extracting(OfferEvent::action)
			.containsExactly("created", "edited", "published", "closed", "cancelled");
	}

	private static Offer offer(Double radiusKm) {
		Offer offer = new Offer(9L, "/2/9/");
		offer.describe(request(radiusKm), List.of("WALL_PAINTING", "PUBLICITY"),
				List.of("VOLUNTEER_SERVICE", "PARTY_LEAGUE_AFFAIRS"), null, null);
		return offer;
	}

	private static OfferRequest request(Double radiusKm) {
		return new OfferRequest("9", "墙绘美化", null, List.of("WALL_PAINTING", "PUBLICITY"), List.of(), 10,
				LocalDate.of(2030, 4, 1), LocalDate.of(2030, 6, 30), null, null, radiusKm);
	}

}
