package org.practica.onestop;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The booking page shows a counselling booking's notes to exactly those the API lets read
 * them: its counsellor and the supervisor the university named.
 */
class SupervisorNotesPageTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final String NOTE = "来访者谈到失眠与考试焦虑，约定下周复诊";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSupervisorReadsTheNotesOnTheBookingPageAndNobodyElseButTheCounsellor() throws Exception {
		Campus campus = campus();
		Account supervisor = user(Role.SERVICE_PROVIDER, campus.university());
		postAs(token(campus.admin()), "{\"accountId\":\"%s\"}".formatted(supervisor.getId()),
				"/api/v1/universities/{id}/counselling-supervisor", campus.university().getId())
			.andExpect(status().isNoContent());
		String booking = consentAndBook(campus.student(),
				slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1));
		postAs(token(campus.counsellor()), "{\"text\":\"%s\"}".formatted(NOTE), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isCreated());

		// the supervisor: the notes, but not who booked, and nothing to do on the booking
		this.mvc.perform(as(supervisor, get("/onestop/bookings/{id}", booking)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notes\"")))
			.andExpect(content().string(containsString(NOTE)))
			.andExpect(content().string(containsString("as the counselling supervisor")))
			.andExpect(content().string(not(containsString(campus.student().getDisplayName()))))
			.andExpect(content().string(not(containsString(campus.student().getUsername()))))
			// nor when, where, with whom or how it went: the notes are all they read
			.andExpect(content().string(not(containsString("id=\"booking\""))))
			.andExpect(content().string(not(containsString("id=\"booking-status\""))))
			.andExpect(content().string(not(containsString("id=\"cancel-booking\""))))
			.andExpect(content().string(not(containsString("id=\"save-note\""))));
		// reading is all the supervisor does: a note of theirs is refused, and nothing
		// is saved; a blank note of the counsellor's neither
		this.mvc.perform(as(supervisor, post("/onestop/bookings/{id}/notes", booking)).param("text", "督导的话"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(campus.counsellor(), post("/onestop/bookings/{id}/notes", booking)).param("text", "  ")
				.header("Referer", "http://localhost/onestop/bookings/" + booking)
				.cookie(ENGLISH))
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.notNullValue()));
		assertThat(this.jdbc.sql("select count(*) from onestop_note where booking_id = ?")
			.params(Long.valueOf(booking))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(as(supervisor, get("/onestop/bookings/{id}", "not-a-number")))
			.andExpect(status().isBadRequest());
		// the counsellor: the notes and the form
		this.mvc.perform(as(campus.counsellor(), get("/onestop/bookings/{id}", booking)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOTE)))
			.andExpect(content().string(containsString("id=\"save-note\"")));
		// the student sees the booking, not the notes
		this.mvc.perform(as(campus.student(), get("/onestop/bookings/{id}", booking)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"notes\""))))
			.andExpect(content().string(not(containsString(NOTE))));
		// admins, the platform admin and another provider: not there, as in the API
		Account platformAdmin = this.accounts.findByUsername("admin").orElseThrow();
		for (Account other : new Account[] { campus.admin(), platformAdmin, campus.tutor() }) {
			this.mvc.perform(as(other, get("/onestop/bookings/{id}", booking)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(NOTE))));
		}
	}

	@Test
	void theSupervisorDoesNotSeeBookingsOfOtherKindsNorOfAnotherUniversity() throws Exception {
		Campus campus = campus();
		Account supervisor = user(Role.SERVICE_PROVIDER, campus.university());
		postAs(token(campus.admin()), "{\"accountId\":\"%s\"}".formatted(supervisor.getId()),
				"/api/v1/universities/{id}/counselling-supervisor", campus.university().getId())
			.andExpect(status().isNoContent());
		String academic = read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings",
				slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 30, 2))
			.andExpect(status().isCreated()), "$.id");
		this.mvc.perform(as(supervisor, get("/onestop/bookings/{id}", academic))).andExpect(status().isNotFound());
		getAs(token(supervisor), "/api/v1/bookings/{id}/notes", academic).andExpect(status().isNotFound());

		Campus other = campus();
		String elsewhere = consentAndBook(other.student(),
				slot(other.counsellor(), service(other, ServiceKind.COUNSELLING), 24, 1));
		this.mvc.perform(as(supervisor, get("/onestop/bookings/{id}", elsewhere))).andExpect(status().isNotFound());
		getAs(token(supervisor), "/api/v1/bookings/{id}/notes", elsewhere).andExpect(status().isNotFound());
		this.mvc.perform(as(supervisor, get("/onestop/bookings/{id}", 999999999L))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
