package org.practica.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's dates hold the moments that fall on one of their days, in the zone. */
class ProjectDatesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ProjectDates may = new ProjectDates(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31));

	@Test
	void theFirstAndLastDaysAreIncludedInThePlatformsZone() {
		assertThat(this.may.contains(Instant.parse("2030-04-30T16:00:00Z"), SHANGHAI)).isTrue();
		assertThat(this.may.contains(Instant.parse("2030-04-30T15:59:59Z"), SHANGHAI)).isFalse();
		assertThat(this.may.contains(Instant.parse("2030-05-31T15:59:59Z"), SHANGHAI)).isTrue();
		assertThat(this.may.contains(Instant.parse("2030-05-31T16:00:00Z"), SHANGHAI)).isFalse();
	}

}
