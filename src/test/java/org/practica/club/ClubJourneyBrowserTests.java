package org.practica.club;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A club from its application to ACTIVE, with a granted fund request and a first
 * spending, as the federation, a student, an instructor and the university admin live it
 * in the browser.
 */
class ClubJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	private ClubJobs jobs;

	@Autowired
	private ClubSettings settings;

	@Autowired
	private org.practica.notice.Notices notices;

	@Test
	void fromAnApplicationToAnActiveClubWithAGrantAndItsFirstSpending() throws Exception {
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, null, null);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		Account officer = user(Role.FEDERATION_OFFICER, university);
		Account admin = user(Role.UNIVERSITY_ADMIN, university);
		Account instructor = user(Role.COLLEGE_ADMIN, college);
		List<Account> students = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			students.add(user(Role.STUDENT, college));
		}
		Account founder = students.get(0);

		signIn(officer.getUsername(), PASSWORD);
		click(By.id("nav-federation"));
		click(By.id("open-NEW"));
		expectText(By.cssSelector("#window-NEW .badge"), "受理中");
		screenshot("club-federation-open");

		signIn(founder.getUsername(), PASSWORD);
		click(By.id("nav-clubs"));
		click(By.id("apply-club"));
		String name = unique("星火读书会");
		type("name", name);
		select("category", "ACADEMIC");
		type("purpose", "以书会友，推动校园阅读");
		type("charterName", name + "是本校学生自愿组成的学术类社团");
		type("charterPurpose", "组织读书分享与读书月活动");
		type("charterRights", "会员有参加活动、选举和被选举的权利，有遵守章程的义务");
		type("charterOfficers", "社长由全体会员直接选举产生，经三分之二会员同意可罢免");
		type("charterFinances", "经费来源于学校发展基金，专款专用，每学期公开");
		type("charterDissolution", "经会员大会决议并报社联批准后终止");
		type("founders", String.join("\n", students.subList(1, 5).stream().map(Account::getUsername).toList()));
		type("instructors", instructor.getUsername());
		screenshot("club-apply");
		click(By.id("submit-application"));
		expectText(By.id("club-status"), "已申请");
		String club = browser.getCurrentUrl().replaceAll(".*/clubs/(\\d+).*", "$1");

		signIn(instructor.getUsername(), PASSWORD);
		open("/clubs/" + club);
		click(By.id("accept-instructor"));
		waitFor(By.cssSelector(".alert-success"));

		signIn(officer.getUsername(), PASSWORD);
		open("/federation");
		expectText(By.id("count-new"), "1");
		click(By.cssSelector("#federation-queue a"));
		select("decision", "APPROVE");
		type("comment", "材料齐全，同意");
		click(By.id("submit-review"));
		expectText(By.id("club-stage"), "校团委审批中");

		signIn(admin.getUsername(), PASSWORD);
		open("/clubs/" + club);
		select("decision", "APPROVE");
		click(By.id("submit-review"));
		expectText(By.id("club-status"), "公示中");
		assertThat(text(By.id("club-history"))).contains("材料齐全，同意");
		screenshot("club-notice");

		// the notice ends with no objection; the probation passes
		String noticeId = read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeId");
		java.time.Instant closes = java.time.OffsetDateTime
			.parse(read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeEndsAt"))
			.toInstant();
		this.clock.setTo(closes.plus(Duration.ofMinutes(1)));
		this.notices.endIfDue(Long.valueOf(noticeId));
		eventsHandled();
		open("/clubs/" + club);
		expectText(By.id("club-status"), "考察期");
		this.clock.advance(this.settings.probation().plus(Duration.ofMinutes(1)));
		this.jobs.moveOn();
		open("/clubs/" + club);
		expectText(By.id("club-status"), "正式运行");

		open("/federation");
		type("budget", "20000");
		click(By.cssSelector("#budget-form button"));
		expectText(By.id("fund-budget"), "20000.00");

		signIn(founder.getUsername(), PASSWORD);
		open("/clubs/" + club);
		type("fund-purpose", "读书月活动");
		type("fund-amount", "3000");
		type("fund-items", "图书 2000\n场地布置 1000");
		click(By.id("submit-fund-request"));
		expectText(By.cssSelector("#fund-requests .fund-status"), "社联审核中");

		signIn(officer.getUsername(), PASSWORD);
		open("/federation");
		expectText(By.id("count-fund"), "1");
		type(browser.findElement(By.cssSelector(".fund-review input[name=amount]")).getAttribute("id"), "2500");
		type(browser.findElement(By.cssSelector(".fund-review input[name=comment]")).getAttribute("id"), "场地由学校提供");
		click(By.cssSelector(".fund-review button[type=submit]"));
		waitFor(By.cssSelector(".alert-success"));

		signIn(admin.getUsername(), PASSWORD);
		open("/federation");
		click(By.cssSelector(".fund-review button[type=submit]"));
		expectText(By.id("fund-granted"), "2500.00");

		signIn(founder.getUsername(), PASSWORD);
		open("/clubs/" + club);
		expectText(By.id("account-granted"), "2500.00");
		Path receipt = Files.createTempFile("receipt", ".pdf");
		Files.write(receipt, "%PDF-1.4 receipt".getBytes());
		type("spending-amount", "860.50");
		type("spending-description", "购买图书 43 册");
		browser.findElement(By.id("spending-receipt")).sendKeys(receipt.toAbsolutePath().toString());
		click(By.id("submit-spending"));
		expectText(By.id("account-spent"), "860.50");
		expectText(By.id("account-available"), "1639.50");
		screenshot("club-account");
		org.openqa.selenium.Dimension wide = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
			open("/clubs/" + club);
			screenshot("club-page-phone");
			signIn(officer.getUsername(), PASSWORD);
			open("/federation");
			screenshot("club-federation-phone");
			open("/locale?lang=en&back=/clubs");
			screenshot("club-list-phone-en");
		}
		finally {
			browser.manage().window().setSize(wide);
		}
	}

}
