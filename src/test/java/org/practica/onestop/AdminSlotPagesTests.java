package org.practica.onestop;

import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A university admin publishes appointment slots on the admin page for one of its service
 * providers, by the rules the API and the provider's page follow.
 */
class AdminSlotPagesTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theAdminPublishesASeriesForAProviderOfTheUniversity() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publish a slot for a provider")))
			.andExpect(content().string(containsString("id=\"admin-slot-form\"")))
			.andExpect(content().string(containsString(campus.tutor().getUsername())));
		LocalDateTime start = LocalDateTime.now(this.clock).plusDays(2).withHour(15).withMinute(0).withSecond(0);
		this.mvc
			.perform(publish(campus, service, campus.tutor(), start).param("capacity", "4")
				.param("minutes", "90")
				.param("repeatWeeks", "2")
				.param("bufferMinutes", "15"))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + campus.university().getId() + "#admin-slots"));
		assertThat(this.jdbc
			.sql("select count(*) from onestop_slot where service_id = ? and provider_id = ? and capacity = 4 "
					+ "and buffer_minutes = 15")
			.params(Long.valueOf(service), campus.tutor().getId())
			.query(Long.class)
			.single()).isEqualTo(3);
		// the same overlap check as the API's: the provider's next slot may not clash
		this.mvc
			.perform(publish(campus, service, campus.tutor(), start.plusMinutes(100))
				.header("Referer", "http://localhost/onestop/admin")
				.cookie(ENGLISH))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", "This slot clashes with another of the provider, buffers included."));
		assertThat(slots(service)).isEqualTo(3);
	}

	@Test
	void badInputStaysOnTheFormNamingTheFieldAndPublishesNothing() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		LocalDateTime start = LocalDateTime.now(this.clock).plusDays(2).withNano(0);
		this.mvc.perform(publish(campus, service, campus.tutor(), start).param("capacity", "501").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("slotForm", "capacity"))
			.andExpect(content().string(containsString("Places: give a number from 1 to 500.")))
			.andExpect(content().string(containsString("data-field=\"capacity\"")));
		this.mvc.perform(publish(campus, service, campus.tutor(), start).param("bufferMinutes", "241"))
			.andExpect(model().attributeHasFieldErrors("slotForm", "bufferMinutes"))
			.andExpect(content().string(containsString("缓冲")));
		this.mvc.perform(publish(campus, service, campus.tutor(), start.minusDays(5)).cookie(ENGLISH))
			.andExpect(model().attributeHasFieldErrors("slotForm", "startsAt"))
			.andExpect(content().string(containsString("Choose a start in the future.")));
		this.mvc.perform(publish(campus, service, campus.tutor(), start).param("minutes", "0").cookie(ENGLISH))
			.andExpect(model().attributeHasFieldErrors("slotForm", "minutes"))
			.andExpect(content().string(containsString("Minutes: give a number from 1 to 720.")));
		this.mvc.perform(publish(campus, service, campus.tutor(), start).param("capacity", "many").cookie(ENGLISH))
			.andExpect(model().attributeHasFieldErrors("slotForm", "capacity"));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/slots"))
				.param("organisationId", campus.university().getId().toString())
				.param("serviceId", service)
				.param("startsAt", start.toString())
				.cookie(ENGLISH))
			.andExpect(model().attributeHasFieldErrors("slotForm", "providerId"))
			.andExpect(content().string(containsString("Provider: choose a service provider of this organisation.")));
		// a student is no provider
		this.mvc.perform(publish(campus, service, campus.student(), start).cookie(ENGLISH))
			.andExpect(model().attributeHasFieldErrors("slotForm", "providerId"))
			.andExpect(content().string(containsString("Choose a service provider of this university.")));
		assertThat(slots(service)).isZero();
	}

	@Test
	void aCollegeAdminChoosesAmongTheUniversitysProviders() throws Exception {
		Campus campus = campus();
		Account collegeAdmin = user(Role.COLLEGE_ADMIN, campus.college());
		postAs(token(collegeAdmin), """
				{"organisationId":"%s","kind":"ACADEMIC","title":"学院答疑","location":"学院楼"}
				""".formatted(campus.college().getId()), "/api/v1/services").andExpect(status().isCreated());
		// the tutor's grant is at the university, above the college: publishing accepts
		// them, so the form offers them
		this.mvc.perform(as(collegeAdmin, get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"admin-slot-form\"")))
			.andExpect(content().string(containsString(campus.tutor().getUsername())));
	}

	@Test
	void nobodyElsePublishesOnTheAdminPage() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		LocalDateTime start = LocalDateTime.now(this.clock).plusDays(2).withNano(0);
		Organisation elsewhere = org("Elsewhere", OrganisationKind.UNIVERSITY, null, 26.9, 112.6);
		Account otherAdmin = user(Role.UNIVERSITY_ADMIN, elsewhere);
		// another university's admin: not their organisation, nor their service
		this.mvc
			.perform(as(otherAdmin, post("/onestop/admin/slots"))
				.param("organisationId", campus.university().getId().toString())
				.param("serviceId", service)
				.param("providerId", campus.tutor().getId().toString())
				.param("startsAt", start.toString()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(otherAdmin, post("/onestop/admin/slots")).param("organisationId", elsewhere.getId().toString())
				.param("serviceId", service)
				.param("providerId", campus.tutor().getId().toString())
				.param("startsAt", start.toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(publish(campus.student(), campus, service, campus.tutor(), start))
			.andExpect(status().isForbidden());
		this.mvc.perform(publish(campus.tutor(), campus, service, campus.tutor(), start))
			.andExpect(status().isForbidden());
		assertThat(slots(service)).isZero();
	}

	private MockHttpServletRequestBuilder publish(Campus campus, String service, Account provider,
			LocalDateTime start) {
		return publish(campus.admin(), campus, service, provider, start);
	}

	private MockHttpServletRequestBuilder publish(Account by, Campus campus, String service, Account provider,
			LocalDateTime start) {
		return as(by, post("/onestop/admin/slots")).param("organisationId", campus.university().getId().toString())
			.param("serviceId", service)
			.param("providerId", provider.getId().toString())
			.param("startsAt", start.toString());
	}

	private long slots(String service) {
		return this.jdbc.sql("select count(*) from onestop_slot where service_id = ?")
			.params(Long.valueOf(service))
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
