package org.practica.onestop;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A university admin keeps residence halls, their residents and the counselling
 * supervisor on the admin page, as the API does.
 */
class HallPagesTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aProviderWhoAsksForNoPlacesIsToldWhichFieldAndNothingIsPublished() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String back = "http://localhost/onestop/provider";
		for (String capacity : new String[] { "0", "-3", "501" }) {
			this.mvc
				.perform(as(campus.tutor(), post("/onestop/provider/slots")).param("serviceId", service)
					.param("startsAt", java.time.LocalDateTime.now(this.clock).plusDays(2).withNano(0).toString())
					.param("capacity", capacity)
					.header("Referer", back)
					.cookie(ENGLISH))
				.andExpect(flash().attribute("failure", "Places: give a number from 1 to 500."));
		}
		assertThat(this.jdbc.sql("select count(*) from onestop_slot where service_id = ?")
			.params(Long.valueOf(service))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdminMakesAHallAddsAResidentAndNamesTheSupervisorOnThePage() throws Exception {
		Campus campus = campus();
		Long university = campus.university().getId();
		String back = "http://localhost/onestop/admin?organisationId=" + university;
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No residence halls yet.")))
			.andExpect(content().string(containsString("id=\"supervisor-form\"")));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/halls")).param("organisationId", university.toString())
				.param("name", "雁栖书院"))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#halls"));
		Long hall = this.jdbc.sql("select id from onestop_hall where university_id = ?")
			.params(university)
			.query(Long.class)
			.single();
		// a blank name and an unknown student go back to the page with the reason
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/halls")).param("organisationId", university.toString())
				.param("name", " ")
				.header("Referer", back)
				.cookie(ENGLISH))
			.andExpect(flash().attribute("failure", "Give the hall a name."));
		// a made-up name and a student of another university get the same answer: the
		// form
		// never tells which usernames exist elsewhere
		Account elsewhere = user(Role.STUDENT, org("Elsewhere college", OrganisationKind.COLLEGE,
				org("Elsewhere", OrganisationKind.UNIVERSITY, null, 26.9, 112.6), 26.9, 112.6));
		for (String username : new String[] { "nobody", elsewhere.getUsername() }) {
			this.mvc
				.perform(as(campus.admin(), post("/onestop/admin/halls/{id}/residents", hall))
					.param("username", username)
					.header("Referer", back)
					.cookie(ENGLISH))
				.andExpect(flash().attribute("failure", "Choose a student of this university."));
		}
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/halls")).param("organisationId", university.toString())
				.param("name", "楼".repeat(101))
				.header("Referer", back)
				.cookie(ENGLISH))
			.andExpect(flash().attribute("failure", "The hall's name can be at most 100 characters."));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/halls/{id}/residents", hall)).param("username",
					campus.student().getUsername()))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#halls"));
		assertThat(this.jdbc.sql("select hall_id from onestop_hall_resident where student_id = ?")
			.params(campus.student().getId())
			.query(Long.class)
			.single()).isEqualTo(hall);
		this.mvc
			.perform(
					as(campus.admin(), post("/onestop/admin/supervisor")).param("organisationId", university.toString())
						.param("accountId", campus.counsellor().getId().toString()))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#halls"));
		assertThat(this.jdbc.sql("select account_id from onestop_supervisor where university_id = ?")
			.params(university)
			.query(Long.class)
			.single()).isEqualTo(campus.counsellor().getId());
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")))
			.andExpect(content().string(containsString("1 名住宿学生")));

		// not the student's to do, nor the provider's
		this.mvc.perform(as(campus.counsellor(), post("/onestop/admin/halls/{id}/residents", hall)).param("username",
				campus.student().getUsername()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(campus.student(), post("/onestop/admin/halls")).param("organisationId", university.toString())
				.param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
