package org.practica.record;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.practica.BrowserTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A correction as people make it: the student asks for the right hours on the pages, the
 * community corrects the entry, and the student's record and a new certificate show the
 * corrected hours.
 */
class CorrectionJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	Corrections corrections;

	@Test
	void aStudentAsksTheCommunityCorrectsAndTheRecordAndCertificateFollow() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());

		signIn(served.student().getUsername(), PASSWORD);
		open("/me/corrections");
		click(By.cssSelector("#entry-" + served.entry() + " summary"));
		type("hours-" + served.entry(), "2.5");
		type("reason-" + served.entry(), "签退时二维码已刷新，实际服务到五点半。");
		screenshot("record-correction-ask");
		click(By.cssSelector("#entry-" + served.entry() + " .ask-correction"));
		expectText(By.cssSelector("#my-corrections .correction-status"), "待答复");
		signOut();

		Long request = this.corrections.of(served.student().getId()).get(0).getId();
		signIn(world.communityAdmin().getUsername(), PASSWORD);
		open("/corrections");
		screenshot("record-correction-answer");
		click(By.cssSelector("#correction-" + request + " .answer-correction"));
		expectText(By.cssSelector("#correction-" + request + " .correction-status"), "已更正");
		signOut();

		signIn(served.student().getUsername(), PASSWORD);
		click(By.id("nav-mine-menu"));
		click(By.id("nav-record"));
		expectText(By.id("record-total"), "2.5");
		screenshot("record-after-correction");
		click(By.id("nav-mine-menu"));
		click(By.id("nav-certificates"));
		set("from", "2026-11-01");
		set("to", "2026-11-11");
		click(By.id("request-certificate"));
		expectText(By.id("total-hours"), "2.5");
		assertThat(text(By.id("student-name"))).isEqualTo(served.student().getDisplayName());
	}

}
