package org.practica.round;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin opens and runs a round on its pages, and a student ranks shifts and reads the
 * result there, in both languages.
 */
class RoundPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Cookie CHINESE = new Cookie("practica-lang", "zh-CN");

	@Test
	void anAdminOpensAndRunsARoundAndAStudentRanksAndReadsTheResult() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String shift = shift(leader, project, 48, 2);
		Account admin = world.universityAdmin();
		this.mvc.perform(as(admin, get("/rounds/new")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + shift + "\"")));
		LocalDateTime now = LocalDateTime.now(this.clock).withNano(0).withSecond(0);
		String location = this.mvc
			.perform(as(admin, post("/rounds")).param("title", "暑期匹配")
				.param("organisationId", world.university().getId().toString())
				.param("shiftIds", shift)
				.param("maxChoices", "2")
				.param("opensAt", now.minusHours(1).toString())
				.param("closesAt", now.plusHours(1).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/rounds/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as(admin, post("/rounds")).param("title", "").param("maxChoices", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid-feedback")));

		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		this.mvc.perform(as(student, get("/rounds")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
		this.mvc.perform(as(student, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("choices-form")))
			.andExpect(content().string(containsString("Distance from the student")));
		this.mvc.perform(as(student, post(location + "/preferences")).param("choice", shift).param("choice", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(student, post(location + "/preferences")).param("choice", shift).param("choice", shift))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("roundError", "round.choices.duplicate"));

		this.clock.advance(Duration.ofHours(2));
		// a choice after the window closed: back on the round's page, which says why
		String closed = "Choices are taken only while the round's window is open.";
		var refused = this.mvc
			.perform(as(student, post(location + "/preferences")).param("choice", shift)
				.cookie(ENGLISH)
				.header("Referer", "http://localhost" + location))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(location))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", closed))
			.andReturn()
			.getResponse();
		this.mvc.perform(as(student, get(location)).cookie(ENGLISH).cookie(refused.getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"failure\"")))
			.andExpect(
					content().string(containsString("Choices are taken only while the round&#39;s window is open.")));
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("run-round")));
		this.mvc.perform(as(admin, post(location + "/run"))).andExpect(status().is3xxRedirection());
		this.mvc.perform(as(admin, get(location)).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已分配：1")));
		this.mvc.perform(as(student, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are assigned to your choice 1")));
		this.mvc.perform(as(student, get(location)).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您被分配到第 1 志愿")));
		this.mvc.perform(as(student, post(location + "/run"))).andExpect(status().isForbidden());
	}

	@Test
	void theFairPageOffersAdminsToProposePairs() throws Exception {
		World world = world();
		this.mvc.perform(as(world.universityAdmin(), get("/fair")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("propose-pairs")));
		this.mvc.perform(as(world.universityAdmin(), post("/fair/proposals")).param("organisationId",
				world.university().getId().toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(world.communityAdmin(), get("/fair")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("propose-pairs"))));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
