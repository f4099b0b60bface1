package org.practica.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.listing.ListingStatus;
import org.practica.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a need does differently from every listing: its own messages, one direction, an
 * address, a headcount, and its own events.
 */
class NeedTests {

	private static final Instant NOW = Instant.parse("2030-04-01T01:00:00Z");

	@Test
	void aNeedRefusesInItsOwnWords() {
		Need need = need("  ");
		assertThatThrownBy(need::close).isInstanceOf(Problem.class).hasMessage("need.close.not-published");
		need.publish(NOW);
		assertThatThrownBy(() -> need.publish(NOW)).hasMessage("need.publish.not-draft");
		need.close();
		assertThatThrownBy(need::cancel).hasMessage("need.cancel.ended");
		assertThatThrownBy(() -> need.describe(request(" "), "VOLUNTEER_SERVICE", null, null))
			.hasMessage("need.not-editable");
		assertThat(need.getStatus()).isEqualTo(ListingStatus.CLOSED);
	}

	@Test
	void aNeedHasOneDirectionAnAddressOrNoneAndAHeadcount() {
		Need need = need(" 3 Garden Road ");
		assertThat(need.getDirection()).isEqualTo("WALL_PAINTING");
		assertThat(need.getDirectionTop()).isEqualTo("VOLUNTEER_SERVICE");
		assertThat(need.getAddress()).isEqualTo("3 Garden Road");
		assertThat(need.getHeadcount()).isEqualTo(6);
		assertThat(need.getCommunityId()).isEqualTo(7L);
		assertThat(need("  ").getAddress()).isNull();
	}

	@Test
	void theEventsAreLoggedWithTheActionsTheLogAlwaysHad() {
		assertThat(List.of(new NeedCreated(1L, 7L), new NeedUpdated(1L, 7L), new NeedPublished(1L, 7L, "/1/7/", NOW),
				new NeedClosed(1L, 7L), new NeedCancelled(1L, 7L)))
			.allSatisfy(event -> {
				assertThat(event.subjectType()).isEqualTo("need");
				assertThat(event.subjectId()).isEqualTo(1L);
			})
			.extracting(NeedEvent::action)
			.containsExactly("created", "edited", "published", "closed", "cancelled");
	}

	private static Need need(String address) {
		Need need = new Need(7L, "/1/7/");
		need.describe(request(address), "VOLUNTEER_SERVICE", null, null);
		return need;
	}

	private static NeedRequest request(String address) {
		return new NeedRequest("7", "文化墙", null, "WALL_PAINTING", List.of("绘画"), address, null, null,
				LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 20), 6);
	}

}
