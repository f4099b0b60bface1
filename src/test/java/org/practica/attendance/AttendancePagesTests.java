package org.practica.attendance;

import java.time.Duration;
import java.util.Locale;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check-in page says when check-in opens, and tells a student whose check-out would
 * record 0 hours so, asking them to confirm it.
 */
class AttendancePagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void aCheckInTooEarlyIsRefusedSayingWhenCheckInOpens() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 2, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");

		this.mvc.perform(as(student, get("/attend/" + shift)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check-in opens at 2026-11-11 11:30.")));
		this.mvc
			.perform(as(student, post("/attend/" + shift + "/check-in")).param("code", code)
				.locale(Locale.SIMPLIFIED_CHINESE)
				.header("Referer", "http://localhost/attend/" + shift))
			.andExpect(redirectedUrl("/attend/" + shift))
			.andExpect(flash().attribute("failure", "尚未开始签到：签到于 2026-11-11 11:30 开放。"));
	}

	@Test
	void aCheckOutOfZeroHoursIsShownAndTakesTheStudentsConfirmation() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 0, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		this.mvc.perform(as(student, post("/attend/" + shift + "/check-in")).param("code", code))
			.andExpect(redirectedUrl("/attend/" + shift));
		this.clock.advance(Duration.ofMinutes(20));
		code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");

		this.mvc.perform(as(student, get("/attend/" + shift)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"zero-hours-warning\"")))
			.andExpect(content().string(containsString("Checking out now records 0 hours.")))
			.andExpect(content().string(containsString("id=\"accept-zero\"")))
			.andExpect(content().string(containsString("Check out with 0 hours")));
		// sent without the confirmation (a form from before, or a client): refused,
		// nothing recorded
		this.mvc
			.perform(as(student, post("/attend/" + shift + "/check-out")).param("code", code)
				.cookie(ENGLISH)
				.header("Referer", "http://localhost/attend/" + shift))
			.andExpect(redirectedUrl("/attend/" + shift))
			.andExpect(flash().attribute("failure",
					"This check-out would record 0 hours: confirm on the check-in page that you want to check out anyway."));
		getAs(token(student), "/api/v1/me/hours").andExpect(jsonPath("$.items.length()").value(0));
		this.mvc
			.perform(as(student, post("/attend/" + shift + "/check-out")).param("code", code)
				.param("acceptZero", "true"))
			.andExpect(redirectedUrl("/attend/" + shift))
			.andExpect(flash().attribute("flash", "attendance.checked-out.zero"));
		getAs(token(student), "/api/v1/me/hours").andExpect(jsonPath("$.items[0].hours").value(0));
	}

	@Test
	void aCheckOutThatRecordsHoursSaysHowMany() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 0, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift);
		this.clock.advance(Duration.ofMinutes(75));
		this.mvc.perform(as(student, get("/attend/" + shift)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现在签退，本班次将记录 1 小时。")))
			.andExpect(content().string(not(containsString("id=\"accept-zero\""))));
	}

	private Account member(World world) throws Exception {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
