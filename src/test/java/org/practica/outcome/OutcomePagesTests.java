package org.practica.outcome;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.TestPhotos;
import org.practica.directory.Account;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: the project's reports part with its button for those who may write, the form
 * with its figure rows and their messages, the report page with its paragraphs as text
 * and its gallery, the camera upload, and the public list with its search.
 */
class OutcomePagesTests extends OutcomeTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Cookie CHINESE = new Cookie("practica-lang", "zh-CN");

	@Test
	void theTeamLeaderWritesAReportOnTheFormAndPublishesItWithPhotos() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc.perform(as(world.teamLeader(), get("/projects/{id}", project)).cookie(ENGLISH))
			.andExpect(content().string(containsString("/projects/" + project + "/outcome-reports")));
		this.mvc.perform(as(world.teamLeader(), get("/projects/{id}/outcome-reports", project)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"write-report\"")))
			.andExpect(content().string(containsString("No outcome report yet.")));
		this.mvc.perform(as(world.districtAdmin(), get("/projects/{id}/outcome-reports", project)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"write-report\""))));
		this.mvc.perform(as(world.districtAdmin(), get("/projects/{id}/outcome-reports/new", project)))
			.andExpect(status().isForbidden());

		this.mvc.perform(as(world.teamLeader(), get("/projects/{id}/outcome-reports/new", project)).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"figures[0].metric\"")))
			.andExpect(content().string(containsString("观看人数")))
			.andExpect(content().string(containsString("id=\"add-figure-row\"")));
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/{id}/outcome-reports", project)).cookie(ENGLISH)
				.param("title", "First live class")
				.param("happenedOn", "2026-11-01")
				.param("body", "x")
				.param("figures[0].metric", "VIEWERS")
				.param("figures[0].value", "280")
				.param("addRow", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"figures[1].metric\"")))
			.andExpect(content().string(containsString("value=\"280\"")));
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/{id}/outcome-reports", project)).cookie(ENGLISH)
				.param("title", "First live class")
				.param("happenedOn", "2026-11-01")
				.param("body", "x")
				.param("figures[0].metric", "")
				.param("figures[0].value", "")
				.param("figures[1].metric", "LIKES")
				.param("figures[1].value", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The number may not be negative.")))
			.andExpect(content().string(containsString("data-field=\"figures[0].value\"")));
		String location = this.mvc
			.perform(as(world.teamLeader(), post("/projects/{id}/outcome-reports", project)).cookie(ENGLISH)
				.param("title", "First live class")
				.param("happenedOn", "2026-11-01")
				.param("body", "We streamed <script>alert(1)</script> a class.\r\n\r\nChildren watched together.")
				.param("figures[0].metric", "VIEWERS")
				.param("figures[0].value", "280")
				.param("figures[0].source", "直播平台后台截图")
				.param("figures[1].metric", "")
				.param("figures[1].value", ""))
			.andExpect(redirectedUrlPattern("/outcome-reports/*"))
			.andExpect(flash().attribute("flash", "outcome.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		MockMultipartFile camera = new MockMultipartFile("camera", "camera.jpg", "image/jpeg", TestPhotos.phoneJpeg(6));
		this.mvc
			.perform(as(world.teamLeader(), multipart(location + "/photos").file(camera)).param("caption", "Live")
				.cookie(ENGLISH))
			.andExpect(redirectedUrlPattern("/outcome-reports/*"))
			.andExpect(flash().attribute("flash", "outcome.photo.added"));
		MockMultipartFile picked = new MockMultipartFile("file", "p.png", "image/png", TestPhotos.png(60, 40));
		this.mvc.perform(as(world.teamLeader(), multipart(location + "/photos").file(picked)).param("caption", ""))
			.andExpect(flash().attribute("flash", "outcome.photo.added"));

		String page = this.mvc.perform(as(world.teamLeader(), get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("capture=\"environment\"")))
			.andExpect(content().string(containsString("accept=\"image/jpeg,image/png\"")))
			.andExpect(content().string(containsString("id=\"publish-report\"")))
			.andExpect(content().string(containsString("Source: 直播平台后台截图")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("We streamed &lt;script&gt;alert(1)&lt;/script&gt; a class.")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(page.split("class=\"report-paragraph\"", -1)).hasSize(3);
		assertThat(page.split("class=\"col-6 col-md-4 col-lg-3 mb-0 gallery-photo\"", -1)).hasSize(3);
		assertThat(page).contains("/thumbnail\"", "<figcaption class=\"small text-muted mt-1\">Live</figcaption>");

		String report = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(get(location)).andExpect(status().isNotFound());
		this.mvc.perform(as(world.teamLeader(), post(location + "/publish")))
			.andExpect(flash().attribute("flash", "outcome.published"));
		this.mvc.perform(get(location).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First live class")))
			.andExpect(content().string(not(containsString("id=\"publish-report\""))))
			.andExpect(content().string(not(containsString("photo-form"))));
		this.mvc.perform(get("/outcome-reports").param("q", "live class").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/outcome-reports/" + report)))
			.andExpect(content().string(containsString("Viewers 280")));
		this.mvc.perform(as(world.districtAdmin(), get("/projects/{id}/outcome-reports", project)).cookie(ENGLISH))
			.andExpect(content().string(containsString("First live class")))
			.andExpect(content().string(containsString("/thumbnail")));
	}

	@Test
	void thePublicListSearchesByTextOrganisationAndDirectionInBothLanguages() throws Exception {
		World one = world();
		World two = world();
		String word = unique("Lighthouse");
		published(token(one.teamLeader()), project(one), word + " one", "");
		published(token(two.teamLeader()), project(two, "LEGAL_AID"), word + " two", "");
		this.mvc.perform(get("/outcome-reports").param("q", word).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成果报道")))
			.andExpect(content().string(containsString(word + " one")))
			.andExpect(content().string(containsString(word + " two")));
		this.mvc.perform(
				get("/outcome-reports").param("q", word).param("organisationId", id(one.district())).cookie(ENGLISH))
			.andExpect(content().string(containsString(word + " one")))
			.andExpect(content().string(not(containsString(word + " two"))));
		this.mvc.perform(get("/outcome-reports").param("q", word).param("direction", "LEGAL_AID").cookie(ENGLISH))
			.andExpect(content().string(not(containsString(word + " one"))))
			.andExpect(content().string(containsString(word + " two")));
		this.mvc.perform(get("/").cookie(ENGLISH)).andExpect(content().string(containsString("nav-outcome-reports")));
	}

	@Test
	void aDraftsPagesAreNotFoundForOthersAndItsFormNamesTheBadFields() throws Exception {
		World world = world();
		World other = world();
		String report = draft(token(world.communityAdmin()), project(world), "Draft", "");
		this.mvc.perform(as(other.communityAdmin(), get("/outcome-reports/{id}", report)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(other.teamLeader(), get("/outcome-reports/{id}/edit", report)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(world.teamLeader(), get("/outcome-reports/{id}/edit", report)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Draft\"")));
		this.mvc
			.perform(as(world.teamLeader(), post("/outcome-reports/{id}/edit", report)).cookie(ENGLISH)
				.param("title", "")
				.param("happenedOn", "2026-11-01")
				.param("body", "b")
				.param("figures[0].metric", "LIKES")
				.param("figures[0].value", "1.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the report a title.")))
			.andExpect(content().string(containsString("The number must be a whole number.")));
		this.mvc
			.perform(as(world.teamLeader(), post("/outcome-reports/{id}/edit", report)).cookie(ENGLISH)
				.param("title", "Final")
				.param("happenedOn", "2026-11-01")
				.param("body", "b"))
			.andExpect(flash().attribute("flash", "outcome.saved"));
		this.mvc.perform(as(world.communityAdmin(), get("/outcome-reports/{id}", report)).cookie(ENGLISH))
			.andExpect(content().string(containsString("Final")));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
