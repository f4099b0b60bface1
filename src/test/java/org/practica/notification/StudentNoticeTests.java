package org.practica.notification;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student hears of what happens to their hours and their waitlisted sign-ups, and
 * nobody else does.
 */
class StudentNoticeTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Test
	void aStudentHearsTheirHoursWereDisputedWithTheReasonThenVerified() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(community, "{\"reason\":\"提前离开\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk());
		assertThat(keys(served.student())).containsExactly("notice.hours-disputed");
		this.mvc
			.perform(get("/notifications").cookie(ENGLISH)
				.with(SecurityMockMvcRequestPostProcessors
					.user(this.accounts.actingAs(served.student().getUsername()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(1.5 h) were disputed: 提前离开")));

		String correction = read(postAs(community, "{\"hours\":1.5,\"reason\":\"核对\"}",
				"/api/v1/hours/{id}/corrections", served.entry()), "$.id");
		postAs(community, null, "/api/v1/hours/{id}/verify", correction).andExpect(status().isOk());
		assertThat(keys(served.student())).containsExactly("notice.hours-verified", "notice.hours-disputed");
		for (Account other : new Account[] { world.communityAdmin(), world.teamLeader(), world.student(),
				world.collegeAdmin() }) {
			assertThat(keys(other)).isEmpty();
		}
	}

	@Test
	void aBackFillIsHeardOfAsVerifiedOnlyOnceTheUniversityApprovedIt() throws Exception {
		World world = world();
		Served served = served(world);
		String student = token(served.student());
		this.mvc
			.perform(multipart("/api/v1/hours/backfills")
				.file(new MockMultipartFile("evidence", "photo.png", "image/png", PNG))
				.param("projectId", served.project())
				.param("date", LocalDate.now(this.clock).minusDays(1).toString())
				.param("hours", "3")
				.param("reason", "签到设备故障")
				.header("Authorization", "Bearer " + student))
			.andExpect(status().isCreated());
		String entry = read(getAs(student, "/api/v1/hours?status=PENDING"), "$.items[?(@.source == 'BACKFILL')].id")
			.replaceAll("[\\[\\]\"]", "");
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk());
		assertThat(keys(served.student())).isEmpty();
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk());
		assertThat(keys(served.student())).containsExactly("notice.hours-verified");
		assertThat(keys(world.communityAdmin())).isEmpty();
	}

	@Test
	void aWaitlistedStudentHearsTheirPlaceIsConfirmedAfterACancellation() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 48, 1);
		Account first = member(world);
		Account second = member(world);
		String firstSignup = read(postAs(token(first), null, "/api/v1/shifts/{id}/signups", shift), "$.id");
		postAs(token(second), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		assertThat(keys(second)).isEmpty();

		deleteAs(token(first), "/api/v1/signups/{id}", firstSignup).andExpect(status().isNoContent());
		eventsHandled();
		List<Notification> received = this.notifications.latest(this.accounts.actingAs(second.getUsername()));
		assertThat(received).extracting(Notification::getMessageKey).containsExactly("notice.signup-promoted");
		assertThat(received.get(0).getLink()).isEqualTo("/shifts/" + shift);
		assertThat(received.get(0).getArguments()[0]).isEqualTo("班次");
		assertThat(keys(first)).isEmpty();
		assertThat(keys(world.teamLeader())).isEmpty();
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	/**
	 * The notices of a student's hours and sign-ups the person received (the fair's
	 * notices of the world's project are FairNoticeTests' concern).
	 */
	private List<String> keys(Account account) {
		eventsHandled();
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.filter((notice) -> notice.getCategory() != NoticeCategory.FAIR)
			.map(Notification::getMessageKey)
			.toList();
	}

}
