package org.practica.onestop;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Announcements reach their students (a hall's residents only, when so posted), with read
 * counts.
 */
class AnnouncementTests extends OnestopTestSupport {

	@Test
	void aHallsAnnouncementReachesItsResidentsWithReadCounts() throws Exception {
		Campus campus = campus();
		Account neighbour = user(Role.STUDENT, campus.college());
		Account elsewhere = user(Role.STUDENT, campus.college());
		String admin = token(campus.admin());
		String hall = read(postAs(admin,
				"{\"universityId\":\"%s\",\"name\":\"书院\"}".formatted(campus.university().getId()), "/api/v1/halls"),
				"$.id");
		for (Account resident : new Account[] { campus.student(), neighbour }) {
			postAs(admin, "{\"studentId\":\"%s\"}".formatted(resident.getId()), "/api/v1/halls/{id}/residents", hall)
				.andExpect(status().isNoContent());
		}
		String id = read(postAs(admin, """
				{"organisationId":"%s","title":"停水通知","body":"周六上午停水","hallId":"%s"}
				""".formatted(campus.university().getId(), hall), "/api/v1/announcements")
			.andExpect(status().isCreated()), "$.id");
		getAs(token(campus.student()), "/api/v1/me/announcements").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].read").value(false));
		getAs(token(elsewhere), "/api/v1/me/announcements").andExpect(jsonPath("$.total").value(0));
		postAs(token(elsewhere), null, "/api/v1/announcements/{id}/read", id).andExpect(status().isNotFound());
		postAs(token(campus.student()), null, "/api/v1/announcements/{id}/read", id).andExpect(status().isNoContent());
		postAs(token(campus.student()), null, "/api/v1/announcements/{id}/read", id).andExpect(status().isNoContent());
		getAs(token(campus.student()), "/api/v1/me/announcements").andExpect(jsonPath("$.items[0].read").value(true));
		getAs(admin, "/api/v1/announcements?organisationId={id}", campus.university().getId())
			.andExpect(jsonPath("$.items[0].readCount").value(1));
		eventsHandled();
		assertThat(this.notifications.latest(this.accounts.actingAs(neighbour.getUsername())))
			.anyMatch(n -> n.getMessageKey().equals("onestop.notice.announcement"));
		assertThat(this.notifications.latest(this.accounts.actingAs(elsewhere.getUsername())))
			.noneMatch(n -> n.getMessageKey().equals("onestop.notice.announcement"));
		postAs(token(campus().admin()), """
				{"organisationId":"%s","title":"x","body":"y"}
				""".formatted(campus.university().getId()), "/api/v1/announcements").andExpect(status().isForbidden());
	}

}
