package org.practica.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReminderTests extends ApiTestSupport {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private Reminders reminders;

	@Autowired
	private Notifications notifications;

	@Test
	void aStudentHearsOfTomorrowsShiftOnceHoweverManyInstancesRunTheJob() throws Exception {
		World world = world();
		String project = project(world);
		ZonedDateTime start = LocalDate.now(this.clock).plusDays(1).atTime(10, 0).atZone(ZONE);
		String shift = read(postAs(token(world.teamLeader()), """
				{"title":"明日班次","startsAt":"%s","endsAt":"%s","capacity":5}
				""".formatted(start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime()),
				"/api/v1/projects/{id}/shifts", project)
			.andExpect(status().isCreated()), "$.id");
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());

		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.reminders.run(today)).isPositive();
		// a second instance running the same day's job finds it taken
		assertThat(this.reminders.run(today)).isZero();
		var received = this.notifications.latest(this.accounts.actingAs(student.getUsername()));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getMessageKey()).isEqualTo("reminder.shift-tomorrow");
		assertThat(received.get(0).getLink()).isEqualTo("/shifts/" + shift);
		assertThat(received.get(0).getArguments()).containsExactly("明日班次", "10:00");
	}

	@Test
	void communityAdminsHearOfHoursWaitingMoreThanThreeDays() throws Exception {
		World world = world();
		served(world);
		this.clock.advance(Duration.ofDays(4));
		this.reminders.run(LocalDate.now(this.clock).plusDays(4));
		// the fair's notice of the world's project aside
		var received = this.notifications.latest(this.accounts.actingAs(world.communityAdmin().getUsername()))
			.stream()
			.filter((notice) -> notice.getCategory() == NoticeCategory.REMINDERS)
			.toList();
		assertThat(received).extracting(Notification::getMessageKey).containsExactly("reminder.hours-waiting");
		assertThat(received.get(0).getArguments()).containsExactly("1");
	}

}
