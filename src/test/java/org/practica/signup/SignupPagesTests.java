package org.practica.signup;

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
 * The sign-up pages say why an action is refused, on the page the student was on, and do
 * not offer what the rules would refuse.
 */
class SignupPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void aStudentCannotCancelWithinTheCutOffAndIsToldWhy() throws Exception {
		World world = world();
		String project = project(world);
		String soon = shift(token(world.teamLeader()), project, 1, 5);
		String later = shift(token(world.teamLeader()), project, 48, 5);
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		String signup = read(postAs(token(student), null, "/api/v1/shifts/{id}/signups", soon), "$.id");
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", later);

		this.mvc.perform(as(student, get("/shifts/" + soon)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"cancel-signup\""))))
			.andExpect(content().string(containsString(
					"A confirmed place cannot be cancelled within 2 hours of the start; a place on the waitlist can be left at any time.")));
		this.mvc.perform(as(student, get("/shifts/" + later)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cancel-signup\"")));

		this.mvc
			.perform(as(student, post("/signups/" + signup + "/cancel")).cookie(ENGLISH)
				.header("Referer", "http://localhost/shifts/" + soon))
			.andExpect(redirectedUrl("/shifts/" + soon))
			.andExpect(flash().attribute("failure",
					"A confirmed place cannot be cancelled within 2 hours of the start; a place on the waitlist can be left at any time."));
		this.mvc
			.perform(as(student, post("/signups/" + signup + "/cancel")).locale(java.util.Locale.SIMPLIFIED_CHINESE)
				.header("Referer", "http://localhost/shifts/" + soon))
			.andExpect(redirectedUrl("/shifts/" + soon))
			.andExpect(flash().attribute("failure", "已确认的名额在开始前 2 小时内不能取消；候补可随时退出。"));
	}

	@Test
	void aWaitlistedStudentIsOfferedToLeaveTheWaitlistWithinTheCutOff() throws Exception {
		World world = world();
		String project = project(world);
		String soon = shift(token(world.teamLeader()), project, 1, 1);
		Account confirmed = user(Role.STUDENT, world.college());
		Account waiting = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), confirmed.getId());
		this.accounts.addMember(admin(), world.team().getId(), waiting.getId());
		postAs(token(confirmed), null, "/api/v1/shifts/{id}/signups", soon);
		String queued = read(postAs(token(waiting), null, "/api/v1/shifts/{id}/signups", soon), "$.id");

		this.mvc.perform(as(waiting, get("/shifts/" + soon)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cancel-signup\"")))
			.andExpect(content().string(containsString("Leave the waitlist")))
			.andExpect(content().string(not(containsString("id=\"cancel-closed\""))));
		this.mvc.perform(as(waiting, post("/signups/" + queued + "/cancel")).cookie(ENGLISH))
			.andExpect(redirectedUrl("/shifts/" + soon))
			.andExpect(flash().attribute("flash", "signup.left-waitlist"));
		this.mvc.perform(as(waiting, get("/shifts/" + soon)).locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sign-up\"")));
	}

	@Test
	void aShiftOutsideItsProjectsDatesIsRefusedOnTheFormNamingTheDates() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).cookie(ENGLISH)
				.header("HX-Request", "true")
				.param("title", "太远的班次")
				.param("startsAt", "2031-06-01T09:00")
				.param("endsAt", "2031-06-01T12:00")
				.param("capacity", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shift-form\"")))
			.andExpect(content().string(containsString(
					"The project runs from 2026-01-01 to 2030-12-31: a shift must lie within these dates.")))
			.andExpect(content().string(not(containsString("太远的班次</a>"))));
	}

	@Test
	void aRefusedSignUpIsExplainedOnTheShiftsPage() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 48, 5);
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		this.mvc.perform(as(student, post("/shifts/" + shift + "/signups")))
			.andExpect(redirectedUrl("/shifts/" + shift));
		this.mvc
			.perform(as(student, post("/shifts/" + shift + "/signups")).cookie(ENGLISH)
				.header("Referer", "http://localhost/shifts/" + shift))
			.andExpect(redirectedUrl("/shifts/" + shift))
			.andExpect(flash().attribute("failure", "You have already signed up for this shift."));
	}

	@Test
	void aRefusedShiftStaysOnTheWholeProjectPageWithTheFieldMessages() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).cookie(ENGLISH)
				.param("title", "")
				.param("startsAt", "2030-06-01T12:00")
				.param("endsAt", "2030-06-01T09:00")
				.param("capacity", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"project-title\"")))
			.andExpect(content().string(containsString("id=\"project-community\"")))
			.andExpect(content().string(containsString("id=\"shift-form\"")))
			.andExpect(content().string(containsString("Give the shift a title.")))
			.andExpect(content().string(containsString("The end must come after the start.")))
			.andExpect(content().string(containsString("2030-06-01T12:00")));
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).cookie(ENGLISH)
				.header("HX-Request", "true")
				.param("title", "周六上午")
				.param("startsAt", "2030-06-01T09:00")
				.param("endsAt", "2030-06-01T12:00")
				.param("capacity", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shifts\"")))
			.andExpect(content().string(containsString("id=\"shift-form\"")))
			.andExpect(content().string(containsString("value=\"周六上午\"")))
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(as(world.teamLeader(), post("/projects/" + project + "/shifts")).cookie(ENGLISH)
				.header("HX-Request", "true")
				.param("title", "周六上午")
				.param("startsAt", "2030-06-01T09:00")
				.param("endsAt", "2030-06-01T12:00")
				.param("capacity", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shift added.")))
			.andExpect(content().string(containsString("周六上午</a>")));
		this.mvc.perform(as(world.teamLeader(), get("/projects/" + project)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"load\"")));
	}

	@Test
	void theErrorPageSaysTheProblemsOwnReason() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc.perform(as(world.teamLeader(), post("/projects/" + project + "/complete")))
			.andExpect(redirectedUrl("/projects/" + project));
		this.mvc.perform(as(world.teamLeader(), post("/projects/" + project + "/complete")).cookie(ENGLISH))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Something went wrong")))
			.andExpect(content().string(containsString("The project is no longer active.")))
			.andExpect(content().string(not(containsString("This cannot be done in the current state."))));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
