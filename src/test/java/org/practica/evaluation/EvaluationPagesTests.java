package org.practica.evaluation;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rating through the pages' forms: each side rates with the form on the project's page,
 * sees "waiting for the other side" until the other has rated, then the other's rating;
 * the team's page shows its averages, the student's page their ratings, the criteria page
 * an organisation's own criteria.
 */
class EvaluationPagesTests extends EvaluationTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void bothSidesRateThroughTheFormAndThenSeeEachOther() throws Exception {
		Completed done = completed();
		World world = done.world();
		String page = "/projects/" + done.project() + "/evaluations";
		this.mvc.perform(as(world.communityAdmin(), get("/projects/" + done.project())))
			.andExpect(content().string(containsString("hx-get=\"" + page + "\"")));
		this.mvc.perform(as(world.communityAdmin(), get(page)))
			.andExpect(content().string(containsString("id=\"rate-TEAM-" + world.team().getId() + "\"")))
			.andExpect(content().string(containsString("id=\"rate-STUDENT-" + done.student().getId() + "\"")))
			.andExpect(content().string(containsString("name=\"score.PREPARATION\"")))
			.andExpect(content().string(containsString("Ratings are taken until 2026-11-18 10:00")));

		this.mvc
			.perform(as(world.communityAdmin(), post(page)).param("about", "TEAM")
				.param("score.PREPARATION", "5")
				.param("score.PUNCTUALITY", "4")
				.param("score.SKILL", "5")
				.param("score.ATTITUDE", "4")
				.param("comment", "<b>很好</b>"))
			.andExpect(redirectedUrl("/projects/" + done.project()))
			.andExpect(flash().attribute("flash", "evaluation.saved"));
		this.mvc.perform(as(world.communityAdmin(), get(page)))
			.andExpect(content().string(containsString("Waiting for the other side until 2026-11-18 10:00")))
			.andExpect(content().string(containsString("&lt;b&gt;很好&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("id=\"rate-TEAM-"))));
		this.mvc.perform(as(world.teamLeader(), get(page)))
			.andExpect(content().string(not(containsString("很好"))))
			.andExpect(content().string(containsString("id=\"rate-COMMUNITY-" + world.community().getId() + "\"")))
			.andExpect(content().string(containsString("Clarity of the task")));

		this.mvc
			.perform(as(world.teamLeader(), post(page)).param("about", "COMMUNITY")
				.param("score.CLARITY", "3")
				.param("score.SUPPORT", "4")
				.param("score.SAFETY", "5")
				.param("score.RESPECT", "5")
				.param("comment", "社区支持到位"))
			.andExpect(redirectedUrl("/projects/" + done.project()))
			.andExpect(flash().attribute("flash", "evaluation.saved.public"));
		this.mvc.perform(as(world.teamLeader(), get(page)))
			.andExpect(content().string(containsString("&lt;b&gt;很好&lt;/b&gt;")))
			.andExpect(content().string(containsString("Public since 2026-11-11 10:00")))
			.andExpect(content().string(not(containsString("Waiting for the other side"))));
		this.mvc.perform(as(world.communityAdmin(), get(page))).andExpect(content().string(containsString("社区支持到位")));

		this.mvc.perform(as(world.districtAdmin(), get("/organisations/" + world.team().getId() + "/ratings")))
			.andExpect(content().string(containsString("Average 4.5 of 5 from 1 rating")))
			.andExpect(content().string(containsString("Professional skill")));
		this.mvc
			.perform(get("/organisations/" + world.team().getId() + "/ratings")
				.with(SecurityMockMvcRequestPostProcessors
					.user(this.accounts.actingAs(world.districtAdmin().getUsername())))
				.locale(Locale.SIMPLIFIED_CHINESE)
				.cookie(new Cookie("practica-lang", "zh-CN")))
			.andExpect(content().string(containsString("专业能力")));
		this.mvc.perform(as(world.districtAdmin(), get("/organisations/" + world.team().getId())))
			.andExpect(content().string(containsString("/organisations/" + world.team().getId() + "/ratings")));
	}

	@Test
	void aRefusedFormGoesBackWithTheReasonAndAFormNeedsItsToken() throws Exception {
		Completed done = completed();
		String page = "/projects/" + done.project() + "/evaluations";
		this.mvc
			.perform(as(done.world().teamLeader(), post(page))
				.header("Referer", "http://localhost/projects/" + done.project())
				.param("about", "COMMUNITY")
				.param("score.CLARITY", "3"))
			.andExpect(redirectedUrl("/projects/" + done.project()))
			.andExpect(flash().attribute("failure", containsString("Give SUPPORT a score from 1 to 5.")));
		this.mvc
			.perform(
					post(page)
						.with(SecurityMockMvcRequestPostProcessors
							.user(this.accounts.actingAs(done.world().teamLeader().getUsername())))
						.param("about", "COMMUNITY"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(world().communityAdmin(), get(page))).andExpect(status().isNotFound());
	}

	@Test
	void theStudentSeesTheirPublicRatingsOnTheirRecord() throws Exception {
		Completed done = completed();
		postAs(token(done.world().communityAdmin()), ofStudent(done.student(), 5), "/api/v1/projects/{id}/evaluations",
				done.project());
		this.mvc.perform(as(done.student(), get("/me/ratings")))
			.andExpect(content().string(containsString("No ratings about you yet.")));
		postAs(token(done.student()), ofCommunity(4), "/api/v1/projects/{id}/evaluations", done.project());
		this.mvc.perform(as(done.student(), get("/me/ratings")))
			.andExpect(content().string(containsString("项目需求")))
			.andExpect(content().string(containsString("Attitude")))
			.andExpect(content().string(containsString("5 / 5")));
		this.mvc.perform(as(done.student(), get("/me/hours")))
			.andExpect(content().string(containsString("href=\"/me/ratings\"")));
	}

	@Test
	void anAdminChoosesItsOwnCriteriaOnItsPage() throws Exception {
		World world = world();
		String page = "/organisations/" + world.district().getId() + "/evaluation-criteria";
		this.mvc.perform(as(world.districtAdmin(), get(page)))
			.andExpect(content().string(containsString("These criteria come from above")))
			.andExpect(content().string(containsString("value=\"SAFETY\"")));
		this.mvc
			.perform(as(world.districtAdmin(), post(page)).param("code", "SAFETY", "GREEN", "")
				.param("name", "", "环保意识", ""))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flash", "evaluation.criteria.saved"));
		this.mvc.perform(as(world.districtAdmin(), get(page)))
			.andExpect(content().string(containsString("This organisation chose these criteria.")))
			.andExpect(content().string(containsString("value=\"环保意识\"")));
		getAs(token(world.communityAdmin()), "/api/v1/organisations/{id}/evaluation-criteria",
				world.community().getId())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.criteria[1].code")
				.value("GREEN"));
		this.mvc.perform(as(world.communityAdmin(), get(page))).andExpect(status().isForbidden());
		this.mvc.perform(as(world.districtAdmin(), get("/organisations/" + world.district().getId())))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf())
			.cookie(ENGLISH);
	}

}
