package org.practica.signup;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student's calendar feed, read back with ical4j as a calendar app would: the confirmed
 * shifts as events in Asia/Shanghai time, with their zone's definition, and nothing else.
 * The address carries a secret: no sign-in, a wrong or replaced secret is 404.
 */
class CalendarFeedTests extends ApiTestSupport {

	@Test
	void theFeedListsTheConfirmedShiftsInTheirTimeZoneAndDropsACancelledSignUp() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String first = shift(leader, project, 24, 3);
		String second = shift(leader, project, 48, 3);
		String full = shift(leader, project, 72, 1);
		Account student = user(Role.STUDENT, world.college());
		Account other = user(Role.STUDENT, world.college());
		for (Account account : List.of(student, other)) {
			this.accounts.addMember(admin(), world.team().getId(), account.getId());
		}
		String token = token(student);
		postAs(token(other), null, "/api/v1/shifts/{id}/signups", full).andExpect(status().isCreated());
		String keep = read(postAs(token, null, "/api/v1/shifts/{id}/signups", first), "$.id");
		String cancel = read(postAs(token, null, "/api/v1/shifts/{id}/signups", second), "$.id");
		postAs(token, null, "/api/v1/shifts/{id}/signups", full).andExpect(status().isCreated());

		String url = read(postAs(token, null, "/api/v1/me/calendar-feed").andExpect(status().isCreated()), "$.url");
		assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		String path = url.substring(url.indexOf("/calendar/"));

		Calendar calendar = feed(path);
		assertThat(calendar.getComponents("VTIMEZONE")).singleElement()
			.satisfies(zone -> assertThat(((VTimeZone) zone).getTimeZoneId().getValue()).isEqualTo("Asia/Shanghai"));
		List<VEvent> events = calendar.getComponents("VEVENT");
		// the waitlisted place is not in it
		assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactly("signup-" + keep + "@localhost", "signup-" + cancel + "@localhost");
		VEvent event = events.get(0);
		assertThat(event.getDateTimeStart().getParameter(Parameter.TZID).orElseThrow().getValue())
			.isEqualTo("Asia/Shanghai");
		assertThat(event.getDateTimeStart().getValue()).isEqualTo("20261112T100000");
		assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant())
			.isEqualTo(ZonedDateTime.parse("2026-11-12T10:00:00+08:00").toInstant());
		assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20261112T120000");
		assertThat(event.getSummary().getValue()).isEqualTo("项目需求 · 班次");
		assertThat(event.getLocation().getValue()).isEqualTo("社区活动中心");

		deleteAs(token, "/api/v1/signups/{id}", cancel).andExpect(status().isNoContent());
		assertThat(feed(path).<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactly("signup-" + keep + "@localhost");
	}

	@Test
	void aWrongOrReplacedSecretIsNotFoundAndTheFeedAddressIsMadeFromMySignUps() throws Exception {
		World world = world();
		Account student = user(Role.STUDENT, world.college());
		String token = token(student);
		String old = read(postAs(token, null, "/api/v1/me/calendar-feed"), "$.url");
		String oldPath = old.substring(old.indexOf("/calendar/"));
		this.mvc.perform(get(oldPath)).andExpect(status().isOk());
		this.mvc.perform(get("/calendar/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());

		// a new address from the page: the old one stops working
		String made = (String) this.mvc
			.perform(post("/me/calendar-feed")
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(student.getUsername())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("feedUrl"))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		this.mvc.perform(get(oldPath)).andExpect(status().isNotFound());
		this.mvc.perform(get(made.substring(made.indexOf("/calendar/")))).andExpect(status().isOk());

		// only students have feeds
		postAs(token(world.teamLeader()), null, "/api/v1/me/calendar-feed").andExpect(status().isForbidden());
	}

	private Calendar feed(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		return new CalendarBuilder()
			.build(new StringReader(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
