package org.practica.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.practica.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Both sides of a completed project rate each other on its page, on a phone's width: the
 * first waits for the other side, and once the second has rated each sees the other's
 * rating.
 */
class EvaluationBrowserTests extends BrowserTestSupport {

	@Test
	void bothSidesRateOnTheProjectPageAndThenSeeEachOther() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isOk());
		postAs(community, null, "/api/v1/projects/{id}/complete", served.project()).andExpect(status().isOk());
		eventsHandled();
		browser.manage().window().setSize(new Dimension(390, 1400));
		try {
			signIn(world.communityAdmin().getUsername(), PASSWORD);
			open("/projects/" + served.project() + "/evaluations");
			waitFor(By.id("rate-TEAM-" + world.team().getId()));
			screenshot("evaluation-form-phone");
			open("/projects/" + served.project());
			rate("rate-TEAM-" + world.team().getId(), List.of("PREPARATION", "PUNCTUALITY", "SKILL", "ATTITUDE"), 4,
					"队员准备充分");
			waitFor(By.cssSelector(".evaluation-waiting"));
			assertThat(text(By.id("evaluation-list"))).contains("队员准备充分");
			screenshot("evaluation-waiting-phone");

			signIn(world.teamLeader().getUsername(), PASSWORD);
			open("/projects/" + served.project());
			waitFor(By.id("rate-COMMUNITY-" + world.community().getId()));
			assertThat(browser.findElement(By.id("evaluations")).getText()).doesNotContain("队员准备充分");
			rate("rate-COMMUNITY-" + world.community().getId(), List.of("CLARITY", "SUPPORT", "SAFETY", "RESPECT"), 5,
					"社区接待周到");
			waitFor(By.id("evaluation-list"));
			assertThat(text(By.id("evaluation-list"))).contains("队员准备充分", "社区接待周到");
			assertThat(browser.findElements(By.cssSelector(".evaluation-waiting"))).isEmpty();
			screenshot("evaluation-published-phone");

			signIn(world.communityAdmin().getUsername(), PASSWORD);
			open("/projects/" + served.project());
			waitFor(By.id("evaluation-list"));
			assertThat(text(By.id("evaluation-list"))).contains("社区接待周到");
			open("/projects/" + served.project() + "/evaluations");
			screenshot("evaluation-list-phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1400));
		}
	}

	/** Picks a score for each criterion, writes the comment and sends the form. */
	private void rate(String formId, List<String> criteria, int score, String comment) {
		WebElement form = waitFor(By.id(formId));
		int index = Integer.parseInt(form.findElement(By.cssSelector("textarea")).getAttribute("id").substring(8));
		for (String code : criteria) {
			click(By.cssSelector("label[for='s-" + index + "-" + code + "-" + score + "']"));
		}
		type("comment-" + index, comment);
		click(form.findElement(By.cssSelector("button[type=submit]")));
	}

}
