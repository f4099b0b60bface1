package org.practica.report;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard renders for admins in both languages, and not for students. */
class ReportPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Cookie CHINESE = new Cookie("practica-lang", "zh-CN");

	@Test
	void adminsSeeTheDashboardInBothLanguages() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry());
		this.mvc.perform(as(world.universityAdmin(), get("/reports")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nav-reports")))
			.andExpect(content().string(containsString("Verified hours by month")))
			.andExpect(content().string(containsString("echarts.min")))
			.andExpect(content().string(containsString("/js/reports")))
			.andExpect(content().string(containsString(world.team().getName())))
			.andExpect(content().string(containsString("data-report=")));
		this.mvc
			.perform(as(world.districtAdmin(), get("/reports"))
				.param("organisationId", world.district().getId().toString())
				.param("from", "2026-01-01")
				.param("to", "2026-12-31")
				.cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("数据看板")))
			.andExpect(content().string(containsString("每月已核验时长")))
			.andExpect(content().string(containsString("value=\"2026-01-01\"")));
		this.mvc.perform(as(world.universityAdmin(), get("/webjars/echarts/dist/echarts.min.js")))
			.andExpect(status().isOk());
		this.mvc.perform(as(world.universityAdmin(), get("/js/reports.js"))).andExpect(status().isOk());
		this.mvc.perform(as(world.student(), get("/reports")).cookie(ENGLISH)).andExpect(status().isForbidden());
		this.mvc.perform(as(world.universityAdmin(), get("/reports")).param("organisationId",
				world.district().getId().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDirectionsAreLabelledByTheFinerDirectionWithHoursAndProjectsOnChartsOfTheirOwn() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry());
		this.mvc.perform(as(world.universityAdmin(), get("/reports")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"chart-direction-hours\"")))
			.andExpect(content().string(containsString("id=\"chart-direction-projects\"")))
			.andExpect(content().string(not(containsString("id=\"chart-directions\""))))
			// the project's need is in "Publicity", under "Party and league affairs"
			.andExpect(content().string(containsString("&quot;name&quot;:&quot;Publicity&quot;")))
			.andExpect(content().string(containsString("<span>Publicity</span>")))
			.andExpect(content().string(containsString("· Party and league affairs")));
		this.mvc.perform(as(world.universityAdmin(), get("/reports")).cookie(CHINESE))
			.andExpect(content().string(containsString("<span>宣传报道</span>")))
			.andExpect(content().string(containsString("各方向已核验时长")))
			.andExpect(content().string(containsString("各方向项目数")));
	}

	@Test
	void anEmptyPeriodSaysThereIsNoDataInsteadOfDrawingEmptyCharts() throws Exception {
		World world = world();
		this.mvc
			.perform(as(world.universityAdmin(), get("/reports")).param("from", "2020-01-01")
				.param("to", "2020-12-31")
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-no-data\"")))
			.andExpect(content().string(containsString("No data for 2020-01-01 to 2020-12-31")))
			.andExpect(content().string(not(containsString("id=\"report-charts\""))));
		this.mvc
			.perform(as(world.districtAdmin(), get("/reports")).param("from", "2020-01-01")
				.param("to", "2020-12-31")
				.cookie(CHINESE))
			.andExpect(content().string(containsString("2020-01-01 至 2020-12-31 期间没有数据")));
	}

	@Test
	void aUniversityAndADistrictBreakTheirFiguresDownByTheirChildOrganisations() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry());
		org.practica.directory.Organisation idle = org("Idle college", org.practica.directory.OrganisationKind.COLLEGE,
				world.university(), null, null);
		String university = this.mvc.perform(as(world.universityAdmin(), get("/reports")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-children\"")))
			.andExpect(content().string(containsString("id=\"chart-children\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the college: one student, one project, 1.5 hours; the idle college: nothing
		org.assertj.core.api.Assertions.assertThat(childRow(university, world.college().getName()))
			.contains(">1</td>", ">1.5</td>")
			.contains("organisationId=" + world.college().getId());
		org.assertj.core.api.Assertions.assertThat(childRow(university, idle.getName())).contains(">0</td>");
		String district = this.mvc
			.perform(as(world.districtAdmin(), get("/reports")).cookie(CHINESE)
				.param("organisationId", world.district().getId().toString()))
			.andExpect(content().string(containsString("按下级组织")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(childRow(district, world.street().getName()))
			.contains(">1</td>", ">1.5</td>");
	}

	/** The children table's row of the named organisation. */
	private static String childRow(String page, String name) {
		String table = page.substring(page.indexOf("id=\"report-children\""));
		table = table.substring(0, table.indexOf("</table>"));
		int at = table.indexOf(">" + name + "</a>");
		org.assertj.core.api.Assertions.assertThat(at).as(name).isPositive();
		return table.substring(table.lastIndexOf("<tr>", at), table.indexOf("</tr>", at));
	}

	@Test
	void aPeriodThePageCannotTakeIsNamedOnTheForm() throws Exception {
		World world = world();
		this.mvc
			.perform(as(world.universityAdmin(), get("/reports")).param("from", "2026-12-01")
				.param("to", "2026-01-01")
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-filter\"")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")))
			.andExpect(content().string(containsString("value=\"2026-12-01\"")))
			.andExpect(content().string(containsString("id=\"period-default\"")));
		this.mvc
			.perform(as(world.universityAdmin(), get("/reports")).param("from", "2026-13-45")
				.param("to", "yesterday")
				.cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-field=\"from\"")))
			.andExpect(content().string(containsString("data-field=\"to\"")))
			.andExpect(content().string(containsString("这不是有效的日期。")));
		getAs(token(world.universityAdmin()),
				"/api/v1/reports/summary?organisationId={id}&from=2026-12-01&to=2026-01-01", world.university().getId())
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
				.value("to"));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())));
	}

}
