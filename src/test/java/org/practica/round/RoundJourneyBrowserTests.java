package org.practica.round;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matching round on its pages, in the browser: an admin opens it, two students rank the
 * same two shifts (one waives their priority), the test clock passes the close, the admin
 * runs it and reads what it bought, and each student reads their result and why.
 */
class RoundJourneyBrowserTests extends BrowserTestSupport {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void anAdminOpensARoundTwoStudentsRankAndEachReadsTheResultAfterTheRun() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String first = shift(leader, project, 48, 1);
		String second = shift(leader, project, 52, 1);
		Account admin = world.universityAdmin();
		Account one = member(world);
		Account two = member(world);

		signIn(admin.getUsername(), PASSWORD);
		open("/rounds");
		click(By.id("new-round"));
		type("title", "暑期社区服务匹配");
		select("organisationId", world.university().getId().toString());
		LocalDateTime now = LocalDateTime.now(this.clock);
		set("opensAt", now.minusHours(1).format(INPUT));
		set("closesAt", now.plusHours(1).format(INPUT));
		set("maxChoices", "2");
		click(By.cssSelector("input[name='shiftIds'][value='" + first + "']"));
		click(By.cssSelector("input[name='shiftIds'][value='" + second + "']"));
		screenshot("round-new");
		click(By.id("open-round"));
		expectText(By.id("round-status"), "志愿填报中");
		String round = browser.getCurrentUrl().replaceAll(".*/rounds/(\\d+).*", "$1");

		for (Account student : java.util.List.of(one, two)) {
			signIn(student.getUsername(), PASSWORD);
			open("/rounds");
			click(By.cssSelector("a.round-link[href$='/rounds/" + round + "']"));
			select("choice-1", first);
			select("choice-2", second);
			if (student == two) {
				click(By.id("waives-priority"));
				screenshot("round-choices");
			}
			click(By.id("save-choices"));
			waitFor(By.cssSelector(".alert-success"));
			expectText(By.id("my-result"), "本轮尚未运行匹配。");
		}
		assertThat(browser.findElement(By.id("waives-priority")).isSelected()).isTrue();

		this.clock.advance(Duration.ofHours(2));
		signIn(admin.getUsername(), PASSWORD);
		open("/rounds/" + round);
		click(By.id("run-round"));
		browser.switchTo().alert().accept();
		expectText(By.id("round-status"), "已匹配");
		assertThat(text(By.id("round-summary"))).contains("2");
		assertThat(text(By.cssSelector("#fairness-round .envy"))).isEqualTo("0");
		assertThat(text(By.id("round-fairness"))).contains("先到先得").contains("1 名");
		screenshot("round-result-admin");
		eventsHandled();

		int firstChoices = 0;
		for (Account student : java.util.List.of(one, two)) {
			signIn(student.getUsername(), PASSWORD);
			open("/rounds/" + round);
			String result = text(By.id("my-result"));
			assertThat(result).startsWith("您被分配到第 ").endsWith("志愿，班次名额已确认。");
			firstChoices += result.contains("第 1 志愿") ? 1 : 0;
			open("/notifications");
			assertThat(text(By.tagName("main"))).contains("暑期社区服务匹配");
		}
		assertThat(firstChoices).as("one of them has their first choice, the other their second").isEqualTo(1);
		screenshot("round-result-student");
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

}
