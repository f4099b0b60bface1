package org.practica.report;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
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
