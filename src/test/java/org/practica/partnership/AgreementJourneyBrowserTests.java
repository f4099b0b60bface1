package org.practica.partnership;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agreement as its parties live it: the district signs the draft the university wrote,
 * sees it expiring, renews it, and sees its dashboard.
 */
class AgreementJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void signSeeItExpiringAndRenew() throws Exception {
		World world = world();
		LocalDate today = LocalDate.now(this.clock);
		String agreement = read(postAs(token(world.universityAdmin()), """
				{"kind":"COMMUNITY_PRACTICE","universitySideId":"%s","localSideId":"%s","title":"社区实践共建协议",
				 "startsOn":"%s","endsOn":"%s"}
				""".formatted(world.university().getId(), world.district().getId(), today.minusYears(1),
				today.plusDays(30)), "/api/v1/agreements")
			.andExpect(status().isCreated()), "$.id");
		postAs(token(world.universityAdmin()),
				"{\"signedOn\":\"%s\",\"signatories\":[\"校团委书记 李某\"]}".formatted(today.minusYears(1)),
				"/api/v1/agreements/{id}/sign", agreement)
			.andExpect(status().isOk());

		signIn(world.districtAdmin().getUsername(), PASSWORD);
		open("/agreements/" + agreement);
		expectText(By.id("agreement-status"), "待对方签署");
		expectText(By.id("agreement-awaiting"), "对方已签署，协议等待您方签署。");
		screenshot("agreement-awaiting");
		type("signatories", "区团委书记 王某");
		click(By.cssSelector("#sign-form button[type=submit]"));
		expectText(By.id("agreement-status"), "即将到期");
		screenshot("agreement-expiring");

		set("renewEndsOn", today.plusYears(2).toString());
		click(By.cssSelector("#renew-form button[type=submit]"));
		expectText(By.id("agreement-status"), "生效中");
		assertThat(text(By.id("renewals"))).contains(today.plusDays(30).toString(), today.plusYears(2).toString());
		screenshot("agreement-renewed");

		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry());
		click(By.id("nav-reports"));
		expectText(By.id("figure-hours"), "1.5");
		expectText(By.id("figure-students"), "1");
		assertThat(browser.findElements(By.cssSelector("#chart-direction-hours canvas"))).isNotEmpty();
		screenshot("dashboard");
	}

}
