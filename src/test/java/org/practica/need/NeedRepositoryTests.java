package org.practica.need;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.practica.listing.ListingSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand list's queries, on the real schema: text in Chinese and English, directions
 * with their finer categories, dates, and who sees drafts.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class NeedRepositoryTests {

	@Autowired
	private NeedRepository needs;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void searchFiltersByTextDirectionDatesAndVisibility() {
		String path = community();
		long community = Long.parseLong(path.replaceAll(".*/(\\d+)/$", "$1"));
		String district = path.substring(0, path.indexOf('/', 1) + 1);
		Need mural = need(community, path, "老旧小区 Mural painting", "WALL_PAINTING", "VOLUNTEER_SERVICE",
				LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31), true);
		Need draft = need(community, path, "草稿 Mural", "WALL_PAINTING", "VOLUNTEER_SERVICE", LocalDate.of(2030, 5, 1),
				LocalDate.of(2030, 5, 31), false);
		need(community, path, "数字助老", "DIGITAL_SKILLS", "INDUSTRY_EDUCATION", LocalDate.of(2030, 7, 1),
				LocalDate.of(2030, 7, 2), true);

		assertThat(find(new ListingSearch(null, null, community, null, "mural", null, null), List.of()))
			.containsExactly(mural.getId());
		assertThat(find(new ListingSearch(null, null, community, null, "老旧", null, null), List.of()))
			.containsExactly(mural.getId());
		assertThat(find(new ListingSearch(null, "VOLUNTEER_SERVICE", community, null, null, null, null), List.of()))
			.containsExactly(mural.getId());
		assertThat(
				find(new ListingSearch(null, null, community, null, null, LocalDate.of(2030, 6, 1), null), List.of()))
			.hasSize(1)
			.doesNotContain(mural.getId());
		assertThat(find(new ListingSearch(null, null, community, null, "mural", null, null), List.of(district)))
			.containsExactlyInAnyOrder(mural.getId(), draft.getId());
		assertThat(find(new ListingSearch(null, null, community, null, "100%", null, null), List.of())).isEmpty();
	}

	/**
	 * Stamps created and updated times, as the application's configuration does, and
	 * seals the private columns (Hibernate asks for the cipher when it maps them).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableJpaAuditing
	@org.springframework.context.annotation.Import(org.practica.support.FieldCipher.class)
	@org.springframework.boot.context.properties.EnableConfigurationProperties(org.practica.support.FieldCipherSettings.class)
	static class Auditing {

	}

	private List<Long> find(ListingSearch search, List<String> managedPaths) {
		return this.needs.findAll(search.toSpecification(managedPaths, Need::inDirection), PageRequest.of(0, 50))
			.map(Need::getId)
			.getContent();
	}

	/**
	 * A district, a street and a community, with ids from the sequence; returns the
	 * community's path.
	 */
	private String community() {
		String[] kinds = { "DISTRICT", "STREET", "COMMUNITY" };
		String path = "/";
		Long parent = null;
		for (String kind : kinds) {
			Long id = this.jdbc.queryForObject("select nextval('organisation_seq')", Long.class);
			path += id + "/";
			this.jdbc.update("""
					insert into organisation (id, name, kind, parent_id, path, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, current_timestamp, current_timestamp, 0)""", id, "O" + id, kind, parent,
					path);
			parent = id;
		}
		return path;
	}

	private Need need(long community, String path, String title, String direction, String top, LocalDate from,
			LocalDate to, boolean publish) {
		Need need = new Need(community, path);
		need.describe(new NeedRequest(String.valueOf(community), title, null, direction, List.of(), null, null, null,
				from, to, 3), top, null, null);
		if (publish) {
			need.publish(java.time.Instant.now());
		}
		return this.needs.save(need);
	}

}
