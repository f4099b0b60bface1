package org.practica.onestop;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins of a service's organisation change its title, location and hall, through the
 * API and on the admin page; for anyone else it is not there.
 */
class ServiceRevisionTests extends OnestopTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Halls halls;

	@Test
	void theAdminChangesTitleLocationAndHallThroughTheApi() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String hall = this.halls.create(admin(), campus.university().getId(), "雁栖书院").getId().toString();
		String admin = token(campus.admin());
		putAs(admin, """
				{"title":"  高数答疑  ","location":"图书馆 204","hallId":"%s"}
				""".formatted(hall), "/api/v1/services/{id}", service).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("高数答疑"))
			.andExpect(jsonPath("$.location").value("图书馆 204"))
			.andExpect(jsonPath("$.hallId").value(hall))
			.andExpect(jsonPath("$.kind").value("ACADEMIC"))
			.andExpect(jsonPath("$.organisationId").value(campus.university().getId().toString()));
		getAs(admin, "/api/v1/services/{id}", service).andExpect(jsonPath("$.title").value("高数答疑"));
		// without a hall it is open to all the organisation's students again
		putAs(admin, "{\"title\":\"高数答疑\",\"location\":\"图书馆 204\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hallId").doesNotExist());
		eventsHandled();
		assertThat(this.jdbc
			.sql("select count(*) from audit_activity where subject_type = 'onestop-service' and subject_id = ? "
					+ "and action = 'revised'")
			.params(Long.valueOf(service))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void studentsBookedAheadHearWhereAServiceMovedAndNotOfOtherChanges() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String slot = slot(campus.tutor(), service, 24, 5);
		Account cancelled = user(Role.STUDENT, campus.college());
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated());
		String theirs = read(
				postAs(token(cancelled), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated()),
				"$.id");
		deleteAs(token(cancelled), "/api/v1/bookings/{id}", theirs).andExpect(status().isNoContent());
		// a place that will have started by the move, and a place at another service
		Account started = user(Role.STUDENT, campus.college());
		postAs(token(started), null, "/api/v1/slots/{id}/bookings", slot(campus.tutor(), service, 2, 5))
			.andExpect(status().isCreated());
		Account elsewhere = user(Role.STUDENT, campus.college());
		postAs(token(elsewhere), null, "/api/v1/slots/{id}/bookings",
				slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 48, 5))
			.andExpect(status().isCreated());
		this.clock.advance(java.time.Duration.ofHours(3));
		String admin = token(campus.admin());

		// the title only: nobody is told
		putAs(admin, "{\"title\":\"高数答疑\",\"location\":\"书院活动室\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isOk());
		eventsHandled();
		assertThat(movedNotices(campus.student())).isEmpty();

		putAs(admin, "{\"title\":\"高数答疑\",\"location\":\"图书馆 204\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isOk());
		eventsHandled();
		assertThat(movedNotices(campus.student())).singleElement()
			.satisfies(n -> assertThat(n.getArguments()).containsExactly("高数答疑", "图书馆 204"));
		assertThat(movedNotices(cancelled)).isEmpty();
		assertThat(movedNotices(started)).isEmpty();
		assertThat(movedNotices(elsewhere)).isEmpty();
	}

	@Test
	void aCounsellingServicesMoveIsToldWithoutSayingWhatItIs() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.COUNSELLING);
		consentAndBook(campus.student(), slot(campus.counsellor(), service, 24, 1));

		putAs(token(campus.admin()), "{\"title\":\"心理咨询\",\"location\":\"心理中心 3 楼\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isOk());
		eventsHandled();

		assertThat(movedNotices(campus.student())).singleElement().satisfies(n -> {
			assertThat(n.getMessageKey()).isEqualTo("onestop.notice.moved-private");
			assertThat(n.getArguments()).isEmpty();
		});
	}

	private java.util.List<org.practica.notification.Notification> movedNotices(Account student) {
		return this.notifications.latest(this.accounts.actingAs(student.getUsername()))
			.stream()
			.filter(n -> n.getMessageKey().startsWith("onestop.notice.moved"))
			.toList();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String admin = token(campus.admin());
		putAs(admin, "{\"title\":\" \",\"location\":\"图书馆\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("title")));
		putAs(admin, "{\"title\":\"答疑\",\"location\":\"%s\"}".formatted("楼".repeat(201)), "/api/v1/services/{id}",
				service)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("location")));
		Organisation elsewhere = org("Elsewhere", OrganisationKind.UNIVERSITY, null, 26.9, 112.6);
		String otherHall = this.halls.create(admin(), elsewhere.getId(), "别处书院").getId().toString();
		putAs(admin, "{\"title\":\"答疑\",\"location\":\"图书馆\",\"hallId\":\"%s\"}".formatted(otherHall),
				"/api/v1/services/{id}", service)
			.andExpect(status().isUnprocessableContent());
		putAs(admin, "{\"title\":\"答疑\",\"location\":\"图书馆\",\"hallId\":\"x\"}", "/api/v1/services/{id}", service)
			.andExpect(status().isBadRequest());
		// the page: the reason, naming the field, back on the page it was posted from
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/services/{id}", service))
				.param("organisationId", campus.university().getId().toString())
				.param("title", "")
				.param("location", "图书馆")
				.header("Referer", "http://localhost/onestop/admin")
				.cookie(ENGLISH))
			.andExpect(flash().attribute("failure", "Title: give the service a title."));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/services/{id}", service))
				.param("organisationId", campus.university().getId().toString())
				.param("title", "答疑")
				.param("location", " ")
				.header("Referer", "http://localhost/onestop/admin"))
			.andExpect(flash().attribute("failure", "地点：请填写服务的地点。"));
		assertThat(this.jdbc.sql("select title || '|' || location from onestop_service where id = ?")
			.params(Long.valueOf(service))
			.query(String.class)
			.single()).isEqualTo("服务|书院活动室");
	}

	@Test
	void onlyTheAdminsOfItsOrganisationFindIt() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		Account otherAdmin = user(Role.UNIVERSITY_ADMIN,
				org("Elsewhere", OrganisationKind.UNIVERSITY, null, 26.9, 112.6));
		Account collegeAdmin = user(Role.COLLEGE_ADMIN, campus.college());
		String body = "{\"title\":\"改名\",\"location\":\"别处\"}";
		for (Account other : new Account[] { otherAdmin, collegeAdmin, campus.student(), campus.tutor() }) {
			putAs(token(other), body, "/api/v1/services/{id}", service).andExpect(status().isNotFound());
			this.mvc
				.perform(as(other, post("/onestop/admin/services/{id}", service))
					.param("organisationId", campus.university().getId().toString())
					.param("title", "改名")
					.param("location", "别处"))
				.andExpect(status().isNotFound());
		}
		putAs(token(campus.admin()), body, "/api/v1/services/{id}", 999999999L).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select title from onestop_service where id = ?")
			.params(Long.valueOf(service))
			.query(String.class)
			.single()).isEqualTo("服务");
	}

	@Test
	void theAdminEditsAServiceOnTheAdminPage() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.EMPLOYMENT);
		Long university = campus.university().getId();
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"edit-service-" + service + "\"")));
		this.mvc
			.perform(as(campus.admin(), post("/onestop/admin/services/{id}", service))
				.param("organisationId", university.toString())
				.param("title", "简历诊所")
				.param("location", "就业中心 3 楼")
				.param("hallId", ""))
			.andExpect(redirectedUrl("/onestop/admin?organisationId=" + university + "#services"))
			.andExpect(flash().attribute("flash", "onestop.service.revised"));
		this.mvc.perform(as(campus.admin(), get("/onestop/admin")))
			.andExpect(content().string(containsString("value=\"就业中心 3 楼\"")));
		getAs(token(campus.student()), "/api/v1/services/{id}", service).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("简历诊所"))
			.andExpect(jsonPath("$.kind").value("EMPLOYMENT"));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
