package org.practica.selection;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A selection through its pages: a judge's page hides the other judges' scores until
 * their own is saved; rankings with raw and normalised scores; the public library with
 * the matched words marked.
 */
class SelectionPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Cookie CHINESE = new Cookie("practica-lang", "zh-CN");

	@Test
	void aJudgeSeesOtherScoresOnlyAfterSavingTheirOwnAndTheLibraryShowsThePublishedCase() throws Exception {
		World organiser = world();
		World submitter = world();
		World outsider = world();
		String admin = token(organiser.universityAdmin());
		String selection = read(
				postAs(admin, SelectionApiTests.selectionJson(organiser.university(), 2), "/api/v1/selections"),
				"$.id");
		String marker = unique("M");
		String caseId = read(
				postAs(token(submitter.collegeAdmin()), SelectionApiTests.caseJson(submitter.college(),
						"PARTY_BUILDING", "党建引领<b>社区</b>" + marker, "正文"), "/api/v1/selections/{id}/cases", selection),
				"$.id");
		Account first = user(Role.STUDENT, organiser.college());
		Account second = user(Role.STUDENT, outsider.college());
		for (Account judge : new Account[] { first, second }) {
			postAs(admin, "{\"userId\":\"" + judge.getId() + "\"}", "/api/v1/selections/{id}/judges", selection);
		}
		this.clock.advance(Duration.ofDays(10));
		admin = token(organiser.universityAdmin());
		postAs(admin, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isOk());
		String secret = unique("secret-comment-");
		putAs(token(second), "{\"scores\":{\"impact\":9,\"novelty\":8},\"comment\":\"" + secret + "\"}",
				"/api/v1/cases/{id}/scores", caseId)
			.andExpect(status().isOk());

		String page = "/selections/" + selection + "/cases/" + caseId;
		this.mvc.perform(as(first, get(page)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scores-hidden\"")))
			.andExpect(content().string(containsString("score-form")))
			.andExpect(content().string(not(containsString(secret))))
			// the title is shown as text, never as HTML
			.andExpect(content().string(containsString("党建引领&lt;b&gt;社区&lt;/b&gt;")));
		this.mvc.perform(as(first, get("/selections/" + selection + "/judging")).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待评分")));
		this.mvc
			.perform(as(first, post(page + "/scores")).param("score.impact", "11")
				.param("score.novelty", "5")
				.header("Referer", "http://localhost" + page)
				.cookie(ENGLISH))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(first, get(page)).cookie(ENGLISH)).andExpect(content().string(not(containsString(secret))));
		this.mvc
			.perform(as(first, post(page + "/scores")).param("score.impact", "6")
				.param("score.novelty", "5")
				.param("comment", "我的评语")
				.cookie(ENGLISH))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(first, get(page)).cookie(ENGLISH))
			.andExpect(content().string(not(containsString("id=\"scores-hidden\""))))
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(containsString("我的评语")));
		this.mvc.perform(as(outsider.universityAdmin(), get(page)).cookie(ENGLISH)).andExpect(status().isNotFound());

		// the organiser closes, sees the rankings and publishes
		this.mvc.perform(as(organiser.universityAdmin(), get("/selections/" + selection)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"close\"")));
		this.mvc.perform(as(organiser.universityAdmin(), post("/selections/" + selection + "/close")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(organiser.universityAdmin(), get("/selections/" + selection + "/rankings")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ranking-PARTY_BUILDING")))
			.andExpect(content().string(containsString("Normalised")))
			.andExpect(content().string(containsString("id=\"flagged-note\"")));
		this.mvc.perform(as(outsider.universityAdmin(), get("/selections/" + selection + "/rankings")))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				as(organiser.universityAdmin(), post("/selections/" + selection + "/publish")).param("caseIds", caseId))
			.andExpect(status().is3xxRedirection());
		eventsHandled();
		this.mvc.perform(get("/cases").param("q", marker).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>" + marker + "</mark>")))
			.andExpect(content().string(containsString("&lt;b&gt;")))
			.andExpect(content().string(containsString("党建引领")));
		this.mvc.perform(get("/cases").param("q", "党建").cookie(CHINESE))
			.andExpect(content().string(containsString("<mark>党建</mark>引领")));
		this.mvc.perform(get("/cases/" + caseId).cookie(ENGLISH)).andExpect(status().isOk());
		// and on the submitting university's dashboard
		this.mvc
			.perform(as(submitter.universityAdmin(), get("/reports")).param("organisationId",
					submitter.university().getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report-library-cases")))
			.andExpect(content().string(containsString("/cases/" + caseId)));
		this.mvc.perform(get("/selections/method").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("z-score")));
		this.mvc.perform(get("/selections/method").cookie(CHINESE)).andExpect(content().string(containsString("标准差")));
		this.mvc.perform(as(organiser.universityAdmin(), get("/selections/new")).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("党建引领")));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
