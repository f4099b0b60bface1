package org.practica.onestop;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The one-stop pages for a student, a provider and an admin, in both languages. */
class OnestopPagesTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

	@Test
	void theStudentPageShowsTheFourKindsAndCounsellingAsksForConsentFirst() throws Exception {
		Campus campus = campus();
		String counselling = service(campus, ServiceKind.COUNSELLING);
		String slot = slot(campus.counsellor(), counselling, 24, 1);
		this.mvc.perform(as(campus.student(), get("/onestop")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Academic support")))
			.andExpect(content().string(containsString("Employment guidance")))
			.andExpect(content().string(containsString("Safety education")))
			.andExpect(content().string(containsString("My bookings")))
			.andExpect(content().string(containsString("id=\"book-" + slot + "\"")));
		this.mvc.perform(as(campus.student(), get("/onestop")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心理咨询")));
		this.mvc.perform(as(campus.student(), post("/onestop/slots/{id}/book", slot)))
			.andExpect(redirectedUrl("/onestop/consent?slot=" + slot));
		this.mvc.perform(as(campus.student(), get("/onestop/consent").param("slot", slot)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sensitive personal information")))
			.andExpect(content().string(containsString("2026-1")));
		this.mvc.perform(as(campus.student(), post("/onestop/consent").param("slot", slot)))
			.andExpect(redirectedUrl("/onestop#bookings"));
		this.mvc.perform(as(campus.student(), get("/onestop")).cookie(ENGLISH))
			.andExpect(content().string(containsString("Consent given")))
			.andExpect(content().string(not(containsString("id=\"book-" + slot + "\""))))
			// the booking says where it is, which a moved service's notice points to
			.andExpect(content().string(containsString("<span class=\"booking-place\">书院活动室</span>")));
	}

	@Test
	void theProvidersWeekAndTheAdminsServicesAndFigures() throws Exception {
		Campus campus = campus();
		String academic = service(campus, ServiceKind.ACADEMIC);
		slot(campus.tutor(), academic, 24, 3);
		this.mvc.perform(as(campus.tutor(), get("/onestop"))).andExpect(redirectedUrl("/onestop/provider"));
		this.mvc.perform(as(campus.tutor(), get("/onestop/provider")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0/3 booked")))
			.andExpect(content().string(containsString("Publish a slot")));
		this.mvc.perform(as(campus.admin(), get("/onestop"))).andExpect(redirectedUrl("/onestop/admin"));
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Counselling figures below 5 are not shown")));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/services"))
				.param("organisationId", campus.university().getId().toString())
				.param("kind", "EMPLOYMENT")
				.param("title", "简历诊所")
				.param("location", "书院活动室"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(campus.admin(), get("/onestop/admin"))).andExpect(content().string(containsString("简历诊所")));
		this.mvc.perform(as(campus.student(), get("/onestop/provider"))).andExpect(status().isForbidden());
		this.mvc.perform(as(campus.student(), get("/onestop/admin"))).andExpect(status().isForbidden());
	}

}
