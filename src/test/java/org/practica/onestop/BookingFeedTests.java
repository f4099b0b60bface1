package org.practica.onestop;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student's and a provider's bookings in the one calendar feed the sign-ups made (one
 * secret address per person, renewable and stoppable), with a counselling appointment
 * named to nobody and never carrying a note.
 */
class BookingFeedTests extends OnestopTestSupport {

	private static final String NOTE = "来访者谈到考试焦虑";

	@Test
	void theStudentsFeedCarriesTheirBookingsAndCounsellingOnlyAsAnAppointment() throws Exception {
		Campus campus = campus();
		String academicSlot = slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 24, 3);
		String counsellingSlot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 48, 1);
		String student = token(campus.student());
		String academic = read(
				postAs(student, null, "/api/v1/slots/{id}/bookings", academicSlot).andExpect(status().isCreated()),
				"$.id");
		String counselling = consentAndBook(campus.student(), counsellingSlot);

		String url = read(postAs(student, null, "/api/v1/me/calendar-feed").andExpect(status().isCreated()), "$.url");
		String path = url.substring(url.indexOf("/calendar/"));
		String document = feed(path);
		List<VEvent> events = new CalendarBuilder().build(new StringReader(document)).getComponents("VEVENT");
		assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactly("booking-" + academic + "@localhost", "booking-" + counselling + "@localhost");
		// a counselling booking does not stand out: every booking reads the same in a
		// feed
		for (VEvent event : events) {
			assertThat(event.getSummary().getValue()).isEqualTo("一站式社区预约");
			assertThat(event.getLocation()).isNull();
		}
		assertThat(document).doesNotContain("心理").doesNotContain("Counselling").doesNotContain("书院活动室");
		assertThat(document).contains("X-WR-CALNAME:社区实践日程").doesNotContain(campus.student().getDisplayName());

		// a cancelled booking drops out; a stopped address answers 404, a new one works
		deleteAs(student, "/api/v1/bookings/{id}", academic).andExpect(status().isNoContent());
		assertThat(feed(path)).doesNotContain("booking-" + academic + "@").contains("booking-" + counselling + "@");
		deleteAs(student, "/api/v1/me/calendar-feed").andExpect(status().isNoContent());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		String renewed = read(postAs(student, null, "/api/v1/me/calendar-feed").andExpect(status().isCreated()),
				"$.url");
		assertThat(feed(renewed.substring(renewed.indexOf("/calendar/")))).contains("booking-" + counselling + "@");

		// neither an admin nor anybody without bookings has a feed
		postAs(token(campus.admin()), null, "/api/v1/me/calendar-feed").andExpect(status().isForbidden());
	}

	@Test
	void theCounsellorsFeedShowsTheirSlotsAndHowManyAreBookedButNoNameAndNoNote() throws Exception {
		Campus campus = campus();
		String slot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String booking = consentAndBook(campus.student(), slot);
		String counsellor = token(campus.counsellor());
		postAs(counsellor, "{\"text\":\"%s\"}".formatted(NOTE), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isCreated());

		String url = read(postAs(counsellor, null, "/api/v1/me/calendar-feed").andExpect(status().isCreated()),
				"$.url");
		String document = feed(url.substring(url.indexOf("/calendar/")));
		List<VEvent> events = new CalendarBuilder().build(new StringReader(document)).getComponents("VEVENT");
		assertThat(events).singleElement().satisfies(e -> {
			assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("slot-" + slot + "@localhost");
			assertThat(e.getSummary().getValue()).isEqualTo("服务 (1/1)");
		});
		assertThat(document).doesNotContain(campus.student().getDisplayName())
			.doesNotContain(campus.student().getUsername())
			.doesNotContain(NOTE)
			.doesNotContain("焦虑");
		// the signed-in download is made of the same entries
		getAs(counsellor, "/api/v1/me/bookings.ics").andExpect(status().isOk());
		assertThat(getAs(token(campus.student()), "/api/v1/me/bookings.ics").andReturn()
			.getResponse()
			.getContentAsString()).contains("booking-" + booking + "@").doesNotContain(NOTE);
	}

	@Test
	void theOnestopPagesMakeAndStopTheFeedAndComeBack() throws Exception {
		Campus campus = campus();
		slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String made = (String) this.mvc
			.perform(as(campus.counsellor(), post("/me/calendar-feed")).param("back", "/onestop/provider"))
			.andExpect(redirectedUrl("/onestop/provider#calendar-feed"))
			.andExpect(flash().attributeExists("feedUrl"))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		String path = made.substring(made.indexOf("/calendar/"));
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(as(campus.counsellor(), get("/onestop/provider")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"stop-feed\"")));
		this.mvc.perform(as(campus.counsellor(), post("/me/calendar-feed/stop")).param("back", "/onestop/provider"))
			.andExpect(redirectedUrl("/onestop/provider#calendar-feed"));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		// the way back is one of the feed's pages, never an address from outside
		this.mvc.perform(as(campus.student(), post("/me/calendar-feed")).param("back", "https://example.com/phish"))
			.andExpect(redirectedUrl("/me/signups#calendar-feed"));
		this.mvc.perform(as(campus.student(), get("/onestop")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"calendar-feed\"")));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

	private String feed(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
