package org.practica.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practica.directory.OrganisationKind;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of every listing, from draft to published, closed or cancelled: each step from
 * each status, allowed or refused with the kind's own message.
 */
class ListingTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-04-01T01:00:00Z"), ZoneOffset.UTC);

	private static final ListingKind KIND = new ListingKind("thing", OrganisationKind.COMMUNITY, "communityId",
			Map.of());

	@ParameterizedTest(name = "{1} from {0}")
	@CsvSource({ "DRAFT, publish, PUBLISHED", "PUBLISHED, publish, thing.publish.not-draft",
			"CLOSED, publish, thing.publish.not-draft", "CANCELLED, publish, thing.publish.not-draft",
			"DRAFT, close, thing.close.not-published", "PUBLISHED, close, CLOSED",
			"CLOSED, close, thing.close.not-published", "CANCELLED, close, thing.close.not-published",
			"DRAFT, cancel, CANCELLED", "PUBLISHED, cancel, CANCELLED", "CLOSED, cancel, thing.cancel.ended",
			"CANCELLED, cancel, thing.cancel.ended", "DRAFT, edit, DRAFT", "PUBLISHED, edit, PUBLISHED",
			"CLOSED, edit, thing.not-editable", "CANCELLED, edit, thing.not-editable" })
	void eachStepFromEachStatusIsAllowedOrRefused(ListingStatus from, String step, String outcome) {
		Thing thing = in(from);
		Consumer<Thing> action = switch (step) {
			case "publish" -> t -> t.publish(CLOCK.instant().plusSeconds(60));
			case "close" -> Thing::close;
			case "cancel" -> Thing::cancel;
			default -> t -> t.describe(new Request("changed"), null, null);
		};
		if (outcome.contains(".")) {
			assertThatThrownBy(() -> action.accept(thing)).isInstanceOfSatisfying(Problem.class, problem -> {
				assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(problem.messageKey()).isEqualTo(outcome);
			});
			assertThat(thing.getStatus()).isEqualTo(from);
		}
		else {
			action.accept(thing);
			assertThat(thing.getStatus()).isEqualTo(ListingStatus.valueOf(outcome));
		}
	}

	@Test
	void publishingStampsTheFirstPublicationWhichLaterStepsKeep() {
		Thing thing = in(ListingStatus.DRAFT);
		assertThat(thing.getPublishedAt()).isNull();
		thing.publish(CLOCK.instant());
		thing.describe(new Request("edited"), null, null);
		thing.close();
		assertThat(thing.getPublishedAt()).isEqualTo(CLOCK.instant());
		assertThat(thing.getTitle()).isEqualTo("edited");
	}

	@Test
	void onlyPublishedAndClosedListingsArePublicAndOnlyDraftsAndPublishedOnesAreOpen() {
		assertThat(ListingStatus.values()).filteredOn(ListingStatus::isPublic)
			.containsExactly(ListingStatus.PUBLISHED, ListingStatus.CLOSED);
		assertThat(ListingStatus.values()).filteredOn(ListingStatus::isOpen)
			.containsExactly(ListingStatus.DRAFT, ListingStatus.PUBLISHED);
	}

	@Test
	void describingWritesWhatEveryListingSaysTidied() {
		Thing thing = in(ListingStatus.DRAFT);
		thing.describe(new Request("  Mural  "), 26.9, 112.6);
		assertThat(thing.getTitle()).isEqualTo("Mural");
		assertThat(thing.getDescription()).isEqualTo("three walls");
		assertThat(thing.getSkills()).containsExactly("绘画", "video");
		assertThat(thing.hasPosition()).isTrue();
		assertThat(thing.getStartDate()).isEqualTo(LocalDate.of(2030, 5, 1));
		assertThat(thing.getEndDate()).isEqualTo(LocalDate.of(2030, 5, 31));
	}

	private static Thing in(ListingStatus status) {
		Thing thing = new Thing();
		thing.describe(new Request("title"), null, null);
		if (status == ListingStatus.PUBLISHED || status == ListingStatus.CLOSED) {
			thing.publish(CLOCK.instant());
		}
		if (status == ListingStatus.CLOSED) {
			thing.close();
		}
		if (status == ListingStatus.CANCELLED) {
			thing.cancel();
		}
		assertThat(thing.getStatus()).isEqualTo(status);
		return thing;
	}

	/** The smallest kind of listing: what every listing has, and nothing else. */
	static class Thing extends Listing {

		Thing() {
			super(KIND, 1L, "/1/");
		}

		@Override
		public Long getId() {
			return 1L;
		}

	}

	record Request(String title) implements ListingRequest {

		@Override
		public String organisationId() {
			return "1";
		}

		@Override
		public String description() {
			return " three walls ";
		}

		@Override
		public List<String> skills() {
			return List.of("绘画, Video");
		}

		@Override
		public Double latitude() {
			return null;
		}

		@Override
		public Double longitude() {
			return null;
		}

		@Override
		public LocalDate startDate() {
			return LocalDate.of(2030, 5, 1);
		}

		@Override
		public LocalDate endDate() {
			return LocalDate.of(2030, 5, 31);
		}

	}

}
