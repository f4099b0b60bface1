package org.practica.award;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An award from call to final list in the browser: the university opens a call, its
 * college nominates two volunteers whose hours the page checks against the rule, the
 * university puts them on public notice, a citizen objects without an account, the
 * university upholds the objection after the window, and the final list names only the
 * other volunteer.
 */
class AwardJourneyBrowserTests extends BrowserTestSupport {

	private Account volunteer(World world, String hours) throws Exception {
		Served served = served(world);
		String community = token(world.communityAdmin());
		String corrected = read(postAs(community, "{\"hours\":" + hours + ",\"reason\":\"核对签到记录\"}",
				"/api/v1/hours/{id}/corrections", served.entry())
			.andExpect(status().isCreated()), "$.id");
		postAs(community, null, "/api/v1/hours/{id}/verify", corrected).andExpect(status().isOk());
		return served.student();
	}

	@Test
	void fromACallToAFinalListWithOneUpheldObjection() throws Exception {
		World world = world();
		Account kept = volunteer(world, "20");
		Account objected = volunteer(world, "21.5");

		signIn(world.universityAdmin().getUsername(), PASSWORD);
		open("/award-calls");
		click(By.id("new-award-call"));
		type("title", "2026年度优秀志愿者");
		type("minVerifiedHours", "20");
		click(By.id("create-award-call"));
		expectText(By.id("call-status"), "推荐中");
		String call = browser.getCurrentUrl().replaceAll(".*/award-calls/", "");

		signIn(world.collegeAdmin().getUsername(), PASSWORD);
		for (Account nominee : new Account[] { kept, objected }) {
			open("/award-calls/" + call);
			select("nomineeId", nominee.getId().toString());
			click(By.id("check-nominee"));
			assertThat(text(By.cssSelector(".rule-checklist"))).contains("✓").doesNotContain("✗");
			assertThat(text(By.cssSelector(".evidence"))).contains("项目需求");
			type("statement", "长期坚持社区服务");
			click(By.id("submit-nomination"));
			expectText(By.cssSelector(".alert-success"), "推荐已提交。");
			waitFor(By.id("nomination-" + nominationOf(call, nominee)));
		}
		screenshot("award-nominations");

		signIn(world.universityAdmin().getUsername(), PASSWORD);
		open("/award-calls/" + call);
		click(By.id("shortlist"));
		expectText(By.id("call-status"), "公示中");
		click(By.id("notice-link"));
		String notice = browser.getCurrentUrl().replaceAll(".*/notices/", "");
		screenshot("award-notice");

		signOut();
		open("/notices/" + notice);
		select("subjectId", subjectOf(notice, call, objected).toString());
		type("realName", "张三");
		type("contact", "13800000000");
		type("reason", "该同学有一次服务时长重复登记。");
		click(By.id("object"));
		waitFor(By.cssSelector(".alert-success"));
		assertThat(browser.getPageSource()).doesNotContain("13800000000");
		expectText(By.cssSelector("#subject-" + subjectOf(notice, call, objected) + " .subject-standing"), "异议处理中");

		Instant closes = java.time.OffsetDateTime
			.parse(read(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/notices/{id}", notice)), "$.closesAt"))
			.toInstant();
		this.clock.setTo(closes);
		signIn(world.universityAdmin().getUsername(), PASSWORD);
		open("/award-calls/" + call);
		assertThat(browser.findElement(By.id("finalise")).isEnabled()).isFalse();
		click(By.id("nav-manage-menu"));
		click(By.id("nav-objections"));
		assertThat(text(By.cssSelector(".objector-contact"))).isEqualTo("13800000000");
		type("decision-reason-"
				+ browser.findElement(By.cssSelector(".objection")).getAttribute("id").replace("objection-", ""),
				"经核实，确有重复登记，取消推荐。");
		click(By.cssSelector(".decide-form button[value=true]"));
		waitFor(By.id("no-objections"));

		open("/award-calls/" + call);
		click(By.id("finalise"));
		waitFor(By.id("awarded"));
		assertThat(browser.findElements(By.cssSelector(".awardee"))).hasSize(1);
		assertThat(browser.findElements(By.id("awardee-" + nominationOf(call, kept)))).hasSize(1);
		screenshot("award-awarded");

		signOut();
		open("/notices/" + notice);
		expectText(By.cssSelector("#subject-" + subjectOf(notice, call, objected) + " .subject-standing"), "异议成立");
		assertThat(text(By.id("notice-subjects"))).contains("经核实，确有重复登记，取消推荐。");
	}

	private String nominationOf(String call, Account nominee) throws Exception {
		String json = getAs(token(this.accounts.actingAs("admin").getUsername(), "Lantern-Orchard-Test-7"),
				"/api/v1/award-calls/{id}/nominations", call)
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(json,
				"$.items[?(@.nomineeId == '" + nominee.getId() + "')].id");
		return ids.get(0);
	}

	private Long subjectOf(String notice, String call, Account nominee) throws Exception {
		String ref = "nomination:" + nominationOf(call, nominee);
		String json = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/notices/{id}",
					notice))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(json,
				"$.subjects[?(@.ref == '" + ref + "')].id");
		return Long.valueOf(ids.get(0));
	}

}
