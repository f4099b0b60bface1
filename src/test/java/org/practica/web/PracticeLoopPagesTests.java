package org.practica.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of the practice loop render for the people who use them, and refuse the
 * others.
 */
class PracticeLoopPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void everyPageOfTheLoopRendersForItsPeople() throws Exception {
		World world = world();
		Served served = served(world);
		Account student = served.student();
		Account admin = this.accounts.find(this.accounts.actingAs("admin").id()).orElseThrow();
		String shift = served.shift();
		for (String page : new String[] { "/me/signups", "/me/hours", "/notifications", "/shifts/" + shift,
				"/projects/" + served.project() + "/shifts", "/attend/" + shift + "?code=ABC123" }) {
			this.mvc.perform(as(student, get(page))).andExpect(status().isOk());
		}
		for (Account supervisor : new Account[] { world.teamLeader(), world.communityAdmin() }) {
			for (String page : new String[] { "/supervise", "/shifts/" + shift, "/shifts/" + shift + "/code",
					"/shifts/" + shift + "/code.png", "/shifts/" + shift + "/attendance",
					"/projects/" + served.project() + "/shifts" }) {
				this.mvc.perform(as(supervisor, get(page))).andExpect(status().isOk());
			}
		}
		this.mvc.perform(as(world.communityAdmin(), get("/hours/pending")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("entry-" + served.entry())));
		this.mvc.perform(as(admin, get("/admin/ledger")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The ledger is intact")));
		this.mvc.perform(as(world.communityAdmin(), get("/admin/ledger"))).andExpect(status().isForbidden());
		this.mvc.perform(as(student, get("/shifts/" + shift + "/code"))).andExpect(status().isForbidden());
		this.mvc.perform(as(world.teamLeader(), get("/hours/pending"))).andExpect(status().isOk());
	}

	@Test
	void aSupervisorAddsAShiftOnThePageAndAStudentSignsUpThere() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).cookie(ENGLISH)
				.param("title", "")
				.param("startsAt", "2030-06-01T12:00")
				.param("endsAt", "2030-06-01T09:00")
				.param("capacity", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the shift a title.")))
			.andExpect(content().string(containsString("The end must come after the start.")));
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).param("title", "周六上午")
				.param("startsAt", "2030-06-01T09:00")
				.param("endsAt", "2030-06-01T12:00")
				.param("capacity", "2")
				.param("address", "活动中心"))
			.andExpect(redirectedUrl("/projects/" + project));
		String shift = read(getAs(token(world.teamLeader()), "/api/v1/projects/{id}/shifts", project), "$.items[0].id");
		getAs(token(world.teamLeader()), "/api/v1/shifts/{id}", shift)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.startsAt")
				.value("2030-06-01T09:00:00+08:00"));
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		this.mvc.perform(as(student, post("/shifts/" + shift + "/signups")))
			.andExpect(redirectedUrl("/shifts/" + shift));
		this.mvc.perform(as(student, get("/shifts/" + shift)).cookie(ENGLISH))
			.andExpect(content().string(containsString("Confirmed")));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
