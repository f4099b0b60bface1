package org.practica.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.TestMail;
import org.practica.directory.Account;
import org.practica.directory.NewAccount;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day as people live it: a student who forgot the password asks for a reset, sets a new
 * one from the link in the mail (read from the test's SMTP server), signs in, finds an
 * open shift on the month's calendar and signs up; the team leader, signing in, sees the
 * student on the shift's roster on the workbench.
 */
class DailyJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void aStudentResetsThePasswordFromTheMailFindsAShiftOnTheCalendarAndSignsUpAndTheLeaderSeesItOnTheWorkbench()
			throws Exception {
		// Given: a team's project with a shift tomorrow, and a student of the team
		World world = world();
		String project = project(world);
		String title = unique("周四课后辅导");
		String shift = read(postAs(token(world.teamLeader()), """
				{"title":"%s","startsAt":"2026-11-12T14:00:00+08:00","endsAt":"2026-11-12T16:00:00+08:00",
				 "capacity":5,"address":"社区活动中心"}
				""".formatted(title), "/api/v1/projects/{id}/shifts", project), "$.id");
		String name = unique("林小雨");
		String username = unique("student");
		String email = username + "@mail.practica.test";
		Account student = this.accounts.create(admin(), new NewAccount(username, PASSWORD, name, Role.STUDENT,
				world.college().getId().toString(), unique("S"), null, List.of(), null, email));
		this.accounts.addMember(admin(), world.team().getId(), student.getId());

		// Step 0: the student has forgotten the password and asks for a reset from the
		// sign-in page
		browser.manage().deleteAllCookies();
		open("/login");
		click(By.id("forgot-password"));
		type("username", username);
		click(By.id("request-reset"));
		eventsHandled();
		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMail.to(email), messages -> !messages.isEmpty())
			.get(0);
		Matcher link = Pattern.compile("https?://[^/\\s]+(/password-reset/[A-Za-z0-9_-]+)")
			.matcher(TestMail.part(mail, "text/plain"));
		assertThat(link.find()).as("a reset link in the mail").isTrue();

		// the link from the mail sets a new password, once
		String newPassword = "Qingquan-" + unique("shan");
		open(link.group(1));
		type("newPassword", newPassword);
		type("repeatPassword", newPassword);
		click(By.id("set-password"));
		waitFor(By.id("password-set"));
		open(link.group(1));
		waitFor(By.id("link-invalid"));

		// Step 1: the student signs in with the new password and lands on the workbench
		signIn(username, newPassword);
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
