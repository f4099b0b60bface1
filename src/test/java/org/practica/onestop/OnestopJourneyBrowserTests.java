package org.practica.onestop;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student consents and books counselling, the counsellor writes a note on it, and the
 * student sees the booking but never the note.
 */
class OnestopJourneyBrowserTests extends BrowserTestSupport {

	private static final String NOTE = "来访者谈到宿舍关系紧张，约定两周后复诊";

	@Test
	void aStudentConsentsBooksCounsellingAndNeverSeesTheCounsellorsNote() throws Exception {
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, null, null);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		Account admin = user(Role.UNIVERSITY_ADMIN, university);
		Account student = user(Role.STUDENT, college);
		Account counsellor = user(Role.SERVICE_PROVIDER, university);
		String service = read(postAs(token(admin), """
				{"organisationId":"%s","kind":"COUNSELLING","title":"心理咨询","location":"书院心理辅导室"}
				""".formatted(university.getId()), "/api/v1/services").andExpect(status().isCreated()), "$.id");
		OffsetDateTime start = OffsetDateTime.now(this.clock).plusDays(1).withNano(0);
		String slot = read(postAs(token(counsellor), """
				{"startsAt":"%s","endsAt":"%s","capacity":1,"providerId":"%s"}
				""".formatted(start, start.plusMinutes(50), counsellor.getId()), "/api/v1/services/{id}/slots", service)
			.andExpect(status().isCreated()), "$.id");

		signIn(student.getUsername(), PASSWORD);
		click(By.id("nav-onestop"));
		waitFor(By.id("kind-COUNSELLING"));
		screenshot("onestop-student");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		screenshot("onestop-student-phone");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
		click(By.id("book-" + slot));
		waitFor(By.id("consent-text"));
		screenshot("onestop-consent");
		click(By.id("give-consent"));
		waitFor(By.cssSelector("#bookings .my-booking"));
		assertThat(text(By.cssSelector("#bookings .my-booking"))).contains("心理咨询", "已预约");
		String booking = browser.findElement(By.cssSelector("#bookings .my-booking a"))
			.getAttribute("href")
			.replaceAll(".*/onestop/bookings/(\\d+).*", "$1");

		signIn(counsellor.getUsername(), PASSWORD);
		click(By.id("nav-onestop"));
		waitFor(By.id("week"));
		screenshot("onestop-provider");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		screenshot("onestop-provider-phone");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
		click(By.cssSelector("#provider-bookings .provider-booking a"));
		type("note-text", NOTE);
		click(By.id("save-note"));
		expectText(By.cssSelector("#notes .note p"), NOTE);
		screenshot("onestop-counsellor-note");

		signIn(student.getUsername(), PASSWORD);
		open("/onestop/bookings/" + booking);
		expectText(By.id("booking-status"), "已预约");
		assertThat(browser.findElements(By.id("notes"))).isEmpty();
		screenshot("onestop-student-booking");
		assertThat(browser.getPageSource()).doesNotContain(NOTE);
		open("/onestop");
		assertThat(browser.getPageSource()).doesNotContain(NOTE);
		getAs(token(student), "/api/v1/bookings/{id}/notes", booking).andExpect(status().isNotFound());
	}

}
