package org.practica.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

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
 * One advice says why a page's form was refused: back on the page it was posted from,
 * with the reason; what is not there or not the person's is a plain error page.
 */
class PageProblemsTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final String ALREADY = "You have already signed up for this shift.";

	@Test
	void aRefusedSignUpComesBackToTheShiftPageWithTheReason() throws Exception {
		World world = world();
		String shift = shift(token(world.teamLeader()), project(world), 48, 5);
		Account student = member(world);
		this.mvc.perform(as(student, post("/shifts/" + shift + "/signups")))
			.andExpect(redirectedUrl("/shifts/" + shift))
			.andExpect(flash().attribute("flash", "signup.confirmed"));
		var refused = this.mvc
			.perform(as(student, post("/shifts/" + shift + "/signups")).cookie(ENGLISH)
				.header("Referer", "http://localhost/shifts/" + shift + "?tab=roster"))
			.andExpect(redirectedUrl("/shifts/" + shift + "?tab=roster"))
			.andExpect(flash().attribute("failure", ALREADY))
			.andReturn()
			.getResponse();
		this.mvc
			.perform(as(student, get("/shifts/" + shift + "?tab=roster")).cookie(ENGLISH).cookie(refused.getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"failure\"")))
			.andExpect(content().string(containsString(ALREADY)));
	}

	@Test
	void aRefusalOfAnotherTenantsIdIsAPlainNotFoundPage() throws Exception {
		World world = world();
		World other = world();
		String shift = shift(token(world.teamLeader()), project(world), 48, 5);
		this.mvc
			.perform(as(other.student(), post("/shifts/" + shift + "/signups")).cookie(ENGLISH)
				.header("Referer", "http://localhost/shifts/" + shift))
			.andExpect(status().isNotFound())
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(containsString("This page does not exist, or you cannot see it.")))
			.andExpect(content().string(not(containsString("id=\"reason\""))));
	}

	@Test
	void aRefusalFromAPageElsewhereShowsTheErrorPageWithTheReasonAndGoesNowhere() throws Exception {
		World world = world();
		String shift = shift(token(world.teamLeader()), project(world), 48, 5);
		Account student = member(world);
		this.mvc.perform(as(student, post("/shifts/" + shift + "/signups")))
			.andExpect(redirectedUrl("/shifts/" + shift));
		for (String referer : new String[] { "https://elsewhere.example/shifts/" + shift,
				"http://localhost.elsewhere.example/shifts/" + shift, "http://localhost//elsewhere.example/",
				"/shifts/" + shift, "not a url" }) {
			this.mvc
				.perform(as(student, post("/shifts/" + shift + "/signups")).cookie(ENGLISH).header("Referer", referer))
				.andExpect(status().isConflict())
				.andExpect(flash().attributeCount(0))
				.andExpect(content().string(containsString("id=\"reason\"")))
				.andExpect(content().string(containsString(ALREADY)));
		}
		this.mvc.perform(as(student, post("/shifts/" + shift + "/signups")).cookie(ENGLISH))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(ALREADY)));
	}

	@Test
	void aBadFieldComesBackWithItsOwnMessage() throws Exception {
		World world = world();
		this.mvc
			.perform(as(world.universityAdmin(), post("/organisations/" + world.team().getId() + "/members"))
				.param("username", "nobody-" + System.nanoTime())
				.cookie(ENGLISH)
				.header("Referer", "http://localhost/organisations/" + world.team().getId()))
			.andExpect(redirectedUrl("/organisations/" + world.team().getId()))
			.andExpect(flash().attribute("failure", "There is no such student."));
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
