package org.practica.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;
import org.practica.directory.NewAccount;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day as people live it: a student finds an open shift on the month's calendar and
 * signs up; the team leader, signing in, sees the student on the shift's roster on the
 * workbench.
 */
class DailyJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void aStudentFindsAShiftOnTheCalendarAndSignsUpAndTheLeaderSeesItOnTheWorkbench() throws Exception {
		// Given: a team's project with a shift tomorrow, and a student of the team
		World world = world();
		String project = project(world);
		String title = unique("周四课后辅导");
		String shift = read(postAs(token(world.teamLeader()), """
				{"title":"%s","startsAt":"2026-11-12T14:00:00+08:00","endsAt":"2026-11-12T16:00:00+08:00",
				 "capacity":5,"address":"社区活动中心"}
				""".formatted(title), "/api/v1/projects/{id}/shifts", project), "$.id");
		String name = unique("林小雨");
		Account student = this.accounts.create(admin(), new NewAccount(unique("student"), PASSWORD, name, Role.STUDENT,
				world.college().getId().toString(), unique("S"), null, List.of(), null));
		this.accounts.addMember(admin(), world.team().getId(), student.getId());

		// Step 1: the student signs in and lands on the workbench
		signIn(student.getUsername(), PASSWORD);
		waitFor(By.id("next-shift-card"));

		// Step 2: the student opens the finder's month and finds the shift on its day
		click(By.id("nav-find-shifts"));
		click(By.id("view-calendar"));
		String day = LocalDate.now(this.clock).plusDays(1).toString();
		click(By.xpath("//div[@data-date='" + day + "']//a[contains(@href, '/shifts/" + shift + "')]"));
		expectText(By.tagName("h1"), title);

		// Step 3: the student signs up and is confirmed
		click(By.id("sign-up"));
		expectText(By.id("my-status"), "已确认");
		screenshot("daily-journey-signed-up");
		signOut();

		// Step 4: the team leader signs in and sees the sign-up on the workbench
		signIn(world.teamLeader().getUsername(), PASSWORD);
		String roster = text(By.id("rosters-card"));
		assertThat(roster).contains(title, "明天", name);
		screenshot("daily-journey-workbench");
	}

}
