package org.practica.onestop;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counselling is private: consent first, notes readable by their counsellor and the named
 * supervisor only, sealed at rest, in no log, export or small count.
 */
class CounsellingPrivacyTests extends OnestopTestSupport {

	private static final String NOTE = "来访者谈到失眠与考试焦虑，约定下周复诊";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Counselling counselling;

	@Test
	void counsellingNeedsASeparateConsentRecordedWithTimeAndVersion() throws Exception {
		Campus campus = campus();
		String slot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String student = token(campus.student());
		postAs(student, null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Counselling needs your separate consent first."));
		postAs(student, "{\"kind\":\"COUNSELLING\"}", "/api/v1/me/consents").andExpect(status().isCreated())
			.andExpect(jsonPath("$.textVersion").value("2026-1"))
			.andExpect(jsonPath("$.givenAt").value("2026-11-11T10:00:00+08:00"));
		assertThat(this.jdbc
			.sql("select count(*) from onestop_consent where student_id = ? and kind = 'COUNSELLING' "
					+ "and text_version = '2026-1'")
			.params(campus.student().getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		postAs(student, "{\"kind\":\"COUNSELLING\"}", "/api/v1/me/consents").andExpect(status().isCreated());
		postAs(student, "{\"kind\":\"ACADEMIC\"}", "/api/v1/me/consents").andExpect(status().isBadRequest());
		postAs(student, null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated());
		postAs(token(campus.admin()), "{\"kind\":\"COUNSELLING\"}", "/api/v1/me/consents")
			.andExpect(status().isForbidden());
	}

	@Test
	void aNoteIsReadByItsCounsellorAndTheSupervisorAndIsNotFoundForEveryoneElse() throws Exception {
		Campus campus = campus();
		Account supervisor = user(Role.SERVICE_PROVIDER, campus.university());
		postAs(token(campus.admin()), "{\"accountId\":\"%s\"}".formatted(supervisor.getId()),
				"/api/v1/universities/{id}/counselling-supervisor", campus.university().getId())
			.andExpect(status().isNoContent());
		String slot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String booking = consentAndBook(campus.student(), slot);
		long logged = this.jdbc.sql("select count(*) from audit_activity").query(Long.class).single();

		String counsellor = token(campus.counsellor());
		postAs(counsellor, "{\"text\":\"%s\"}".formatted(NOTE), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isCreated());
		// nobody but the counsellor writes a note
		postAs(token(campus.tutor()), "{\"text\":\"x\"}", "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isNotFound());
		postAs(token(campus.student()), "{\"text\":\"x\"}", "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isNotFound());

		getAs(counsellor, "/api/v1/bookings/{id}/notes", booking).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value(NOTE));
		getAs(token(supervisor), "/api/v1/bookings/{id}/notes", booking).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value(NOTE));
		for (String other : new String[] { token(campus.tutor()), token(campus.student()), token(campus.admin()),
				token("admin", "Lantern-Orchard-Test-7") }) {
			getAs(other, "/api/v1/bookings/{id}/notes", booking).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(NOTE))));
		}
		// the student sees the booking, not the note
		getAs(token(campus.student()), "/api/v1/bookings/{id}", booking).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(NOTE))));

		// sealed at rest
		String stored = this.jdbc.sql("select body from onestop_note where booking_id = ?")
			.params(Long.valueOf(booking))
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(NOTE).doesNotContain("失眠").isNotBlank();

		// in no activity log line, notice or export
		eventsHandled();
		assertThat(this.jdbc.sql("select count(*) from audit_activity").query(Long.class).single()).isEqualTo(logged);
		assertThat(this.jdbc.sql("select count(*) from audit_activity where subject_type like '%note%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from notification where arguments like ?")
			.params("%失眠%")
			.query(Long.class)
			.single()).isZero();
		for (String export : new String[] { "/api/v1/reports/hours.csv", "/api/v1/reports/projects.csv" }) {
			getAs(token(campus.admin()), export + "?organisationId={id}", campus.university().getId())
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(NOTE))));
		}
	}

	@Test
	void dashboardsShowCounsellingCountsOnlyFromFive() throws Exception {
		Campus campus = campus();
		String counselling = service(campus, ServiceKind.COUNSELLING);
		String academic = service(campus, ServiceKind.ACADEMIC);
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot(campus.tutor(), academic, 24, 1))
			.andExpect(status().isCreated());
		for (int i = 0; i < 4; i++) {
			consentAndBook(user(Role.STUDENT, campus.college()), slot(campus.counsellor(), counselling, 24 + 2 * i, 1));
		}
		String figures = "/api/v1/onestop/figures?organisationId={id}";
		getAs(token(campus.admin()), figures, campus.university().getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'COUNSELLING')].bookings")
				.value(org.hamcrest.Matchers.contains((Object) null)))
			.andExpect(jsonPath("$[?(@.kind == 'ACADEMIC')].bookings").value(org.hamcrest.Matchers.contains(1)));
		consentAndBook(user(Role.STUDENT, campus.college()), slot(campus.counsellor(), counselling, 40, 1));
		getAs(token(campus.admin()), figures, campus.university().getId())
			.andExpect(jsonPath("$[?(@.kind == 'COUNSELLING')].bookings").value(org.hamcrest.Matchers.contains(5)));
		getAs(token(campus.counsellor()), figures, campus.university().getId()).andExpect(status().isForbidden());
	}

	@Test
	void notesAreDeletedAfterTheRetentionPeriodAndCountsKept() throws Exception {
		Campus campus = campus();
		String slot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String booking = consentAndBook(campus.student(), slot);
		postAs(token(campus.counsellor()), "{\"text\":\"%s\"}".formatted(NOTE), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(status().isCreated());
		this.clock.advance(Duration.ofDays(1094));
		this.counselling.deleteExpiredNotes();
		getAs(token(campus.counsellor()), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(jsonPath("$.length()").value(1));
		this.clock.advance(Duration.ofDays(2));
		this.counselling.deleteExpiredNotes();
		getAs(token(campus.counsellor()), "/api/v1/bookings/{id}/notes", booking)
			.andExpect(jsonPath("$.length()").value(0));
		getAs(token(campus.counsellor()), "/api/v1/bookings/{id}", booking).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from onestop_booking where id = ?")
			.params(Long.valueOf(booking))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void adminsSeeNeitherWhoBookedCounsellingNorTheBookingWhileTheCounsellorAndTheStudentDo() throws Exception {
		Campus campus = campus();
		String slot = slot(campus.counsellor(), service(campus, ServiceKind.COUNSELLING), 24, 1);
		String booking = consentAndBook(campus.student(), slot);
		String academicSlot = slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 30, 2);
		String academic = read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", academicSlot)
			.andExpect(status().isCreated()), "$.id");
		String student = campus.student().getId().toString();

		for (String admin : new String[] { token(campus.admin()), token("admin", "Lantern-Orchard-Test-7") }) {
			getAs(admin, "/api/v1/bookings/{id}", booking).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.studentId").doesNotExist());
			getAs(admin, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].studentId").doesNotExist());
			postAs(admin, null, "/api/v1/bookings/{id}/no-show", booking).andExpect(status().isNotFound());
			deleteAs(admin, "/api/v1/bookings/{id}", booking).andExpect(status().isNotFound());
		}
		// the page of the booking, which names the student to its counsellor
		this.mvc
			.perform(get("/onestop/bookings/{id}", booking)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(campus.admin().getUsername()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/onestop/bookings/{id}", booking).with(SecurityMockMvcRequestPostProcessors
				.user(this.accounts.actingAs(campus.counsellor().getUsername()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(campus.student().getDisplayName())));
		// what admins may see: that places are taken, and the bookings of other kinds
		getAs(token(campus.admin()), "/api/v1/services/{id}/slots",
				read(getAs(token(campus.counsellor()), "/api/v1/slots/{id}/bookings", slot).andExpect(status().isOk())
					.andExpect(jsonPath("$[0].studentId").value(student)), "$[0].serviceId"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].booked").value(1))
			.andExpect(jsonPath("$[0].studentId").doesNotExist());
		getAs(token(campus.admin()), "/api/v1/bookings/{id}", academic).andExpect(status().isOk())
			.andExpect(jsonPath("$.studentId").value(student));
		getAs(token(campus.student()), "/api/v1/bookings/{id}", booking).andExpect(status().isOk());
		getAs(token(campus.counsellor()), "/api/v1/bookings/{id}", booking).andExpect(status().isOk());

		// the activity log keeps that a counselling booking and a consent happened, not
		// who
		eventsHandled();
		assertThat(this.jdbc
			.sql("select actor from audit_activity where (subject_type = 'onestop-booking' and subject_id = ?) "
					+ "or subject_type = 'onestop-consent'")
			.params(Long.valueOf(booking))
			.query(String.class)
			.list()).isNotEmpty().containsOnly("withheld");
		assertThat(this.jdbc
			.sql("select actor from audit_activity where subject_type = 'onestop-booking' " + "and subject_id = ?")
			.params(Long.valueOf(academic))
			.query(String.class)
			.list()).containsExactly(campus.student().getUsername());
		// the counsellor still cancels it, and that line names nobody either
		deleteAs(token(campus.counsellor()), "/api/v1/bookings/{id}", booking).andExpect(status().isNoContent());
		assertThat(this.jdbc
			.sql("select actor from audit_activity where subject_type = 'onestop-booking' and subject_id = ?")
			.params(Long.valueOf(booking))
			.query(String.class)
			.list()).hasSize(2).containsOnly("withheld");
	}

}
