package org.practica.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Organisation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The summary of a university side and of a locality side, against counts taken straight
 * from the tables for the same scope; and who may ask for it.
 */
class ReportApiTests extends ApiTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSummaryAgreesWithTheTablesOnBothSides() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isOk());
		project(world);
		String unmatched = read(
				postAs(community, needJson(world.community(), "未对接", "PUBLICITY", "", 2), "/api/v1/needs"), "$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", unmatched).andExpect(status().isOk());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(30);
		LocalDate to = today.plusDays(1);

		ResultActions university = summary(token(world.universityAdmin()), world.university(), from, to)
			.andExpect(status().isOk());
		assertThat(read(university, "$.students")).isEqualTo("1");
		assertThat(new BigDecimal(read(university, "$.verifiedHours"))).isEqualByComparingTo("1.5");
		assertThat(read(university, "$.projects")).isEqualTo("2");
		assertThat(read(university, "$.needsPublished")).isEqualTo("2");
		assertThat(read(university, "$.needsMatched")).isEqualTo("2");
		assertThat(read(university, "$.byDirection[0].direction")).isEqualTo("PARTY_LEAGUE_AFFAIRS");
		assertThat(read(university, "$.byDirection[0].projects")).isEqualTo("2");
		String uni = world.university().getPath() + "%";
		assertThat(Long.valueOf(read(university, "$.students"))).isEqualTo(this.jdbc.queryForObject(
				"select count(distinct student_id) from hours_entry where status = 'VERIFIED' and student_path like ? and work_date between ? and ?",
				Long.class, uni, from, to));
		assertThat(new BigDecimal(read(university, "$.verifiedHours"))).isEqualByComparingTo(this.jdbc.queryForObject(
				"select coalesce(sum(hours), 0) from hours_entry where status = 'VERIFIED' and student_path like ? and work_date between ? and ?",
				BigDecimal.class, uni, from, to));
		assertThat(Long.valueOf(read(university, "$.projects"))).isEqualTo(
				this.jdbc.queryForObject("select count(*) from project where team_path like ?", Long.class, uni));

		ResultActions district = summary(token(world.districtAdmin()), world.district(), from, to)
			.andExpect(status().isOk());
		String local = world.district().getPath() + "%";
		assertThat(read(district, "$.students")).isEqualTo("1");
		assertThat(new BigDecimal(read(district, "$.verifiedHours"))).isEqualByComparingTo("1.5");
		assertThat(read(district, "$.projects")).isEqualTo("2");
		assertThat(read(district, "$.needsPublished")).isEqualTo("3");
		assertThat(read(district, "$.needsMatched")).isEqualTo("2");
		assertThat(new BigDecimal(read(district, "$.verifiedHours"))).isEqualByComparingTo(this.jdbc.queryForObject(
				"select coalesce(sum(hours), 0) from hours_entry where status = 'VERIFIED' and community_path like ? and work_date between ? and ?",
				BigDecimal.class, local, from, to));
		assertThat(Long.valueOf(read(district, "$.projects"))).isEqualTo(this.jdbc
			.queryForObject("select count(*) from project where community_path like ?", Long.class, local));
		assertThat(Long.valueOf(read(district, "$.needsPublished"))).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from need where organisation_path like ? and published_at is not null", Long.class,
				local));
		assertThat(Long.valueOf(read(district, "$.needsMatched"))).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from need n where n.organisation_path like ? and n.published_at is not null"
						+ " and exists (select 1 from project p where p.need_id = n.id)",
				Long.class, local));

		ResultActions before = summary(token(world.districtAdmin()), world.district(), LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31))
			.andExpect(status().isOk());
		assertThat(read(before, "$.students")).isEqualTo("0");
		assertThat(read(before, "$.projects")).isEqualTo("0");
		assertThat(read(before, "$.needsPublished")).isEqualTo("0");
		assertThat(new BigDecimal(read(before, "$.verifiedHours"))).isEqualByComparingTo("0");
	}

	@Test
	void pendingHoursDoNotCount() throws Exception {
		World world = world();
		served(world);
		eventsHandled();
		ResultActions college = getAs(token(world.collegeAdmin()), "/api/v1/reports/summary?organisationId={id}",
				world.college().getId())
			.andExpect(status().isOk());
		assertThat(read(college, "$.students")).isEqualTo("0");
		assertThat(new BigDecimal(read(college, "$.verifiedHours"))).isEqualByComparingTo("0");
		assertThat(read(college, "$.projects")).isEqualTo("1");
	}

	@Test
	void onlyTheOrganisationsAdminsMayAsk() throws Exception {
		World world = world();
		World other = world();
		getAs(token(other.universityAdmin()), "/api/v1/reports/summary?organisationId={id}", world.university().getId())
			.andExpect(status().isForbidden());
		getAs(token(world.student()), "/api/v1/reports/summary?organisationId={id}", world.college().getId())
			.andExpect(status().isForbidden());
		getAs(token(world.districtAdmin()), "/api/v1/reports/summary?organisationId={id}", 987654321L)
			.andExpect(status().isNotFound());
		getAs(token(world.districtAdmin()), "/api/v1/reports/summary?organisationId={id}&from=2026-02-01&to=2026-01-01",
				world.district().getId())
			.andExpect(status().isBadRequest());
	}

	private ResultActions summary(String token, Organisation organisation, LocalDate from, LocalDate to)
			throws Exception {
		eventsHandled();
		return getAs(token, "/api/v1/reports/summary?organisationId={id}&from={from}&to={to}", organisation.getId(),
				from, to);
	}

}
