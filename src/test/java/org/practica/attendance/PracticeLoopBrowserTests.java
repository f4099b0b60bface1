package org.practica.attendance;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice loop as people live it: a student signs up, the supervisor shows the
 * rotating code, the student checks in and, later, out; the community admin verifies the
 * hours, the student sees them counted and downloads a certificate, and anyone can verify
 * it.
 */
class PracticeLoopBrowserTests extends BrowserTestSupport {

	@Test
	void signUpCheckInAndOutVerifyAndSeeTheHours() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 0, 10);
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());

		signIn(student.getUsername(), PASSWORD);
		open("/projects/" + project);
		click(By.cssSelector("#shifts .sign-up"));
		expectText(By.id("my-status"), "已确认");
		signOut();

		signIn(world.teamLeader().getUsername(), PASSWORD);
		open("/shifts/" + shift);
		click(By.id("show-code"));
		String code = text(By.id("code"));
		screenshot("attendance-code");
		signOut();

		signIn(student.getUsername(), PASSWORD);
		open("/attend/" + shift + "?code=" + code);
		click(By.id("attend-submit"));
		expectText(By.cssSelector("[role=status]"), "签到成功。");

		this.clock.advance(Duration.ofMinutes(100));
		signOut();
		signIn(world.teamLeader().getUsername(), PASSWORD);
		open("/shifts/" + shift + "/code");
		String later = text(By.id("code"));
		signOut();
		signIn(student.getUsername(), PASSWORD);
		open("/attend/" + shift + "?code=" + later);
		click(By.id("attend-submit"));
		assertThat(text(By.cssSelector("[role=status]"))).contains("签退成功");
		signOut();

		signIn(world.communityAdmin().getUsername(), PASSWORD);
		open("/hours/pending");
		click(By.id("select-all"));
		screenshot("hours-pending");
		click(By.id("verify-selected"));
		expectText(By.cssSelector("[role=status]"), "时长已核验。");
		signOut();

		signIn(student.getUsername(), PASSWORD);
		open("/me/hours");
		expectText(By.id("verified-total"), "累计已核验 1.5 小时");
		assertThat(text(By.id("hours"))).contains("已核验");
		screenshot("my-hours");

		click(By.id("nav-mine-menu"));
		click(By.id("nav-certificates"));
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		set("from", today.minusDays(1).toString());
		set("to", today.toString());
		click(By.id("request-certificate"));
		expectText(By.id("total-hours"), "1.5");
		String pdf = browser.findElement(By.id("download-pdf")).getAttribute("href");
		Object type = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
					pdf);
		assertThat(type).isEqualTo("200 application/pdf");
		String verificationCode = text(By.id("verification-code")).replace(" ", "");
		signOut();

		open("/verify/" + verificationCode);
		assertThat(text(By.id("verify-valid"))).contains("核验通过", student.getDisplayName(), "1.5");
		screenshot("verified");
	}

}
