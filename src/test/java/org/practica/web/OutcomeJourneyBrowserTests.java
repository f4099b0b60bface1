package org.practica.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.practica.BrowserTestSupport;
import org.practica.TestPhotos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a project achieved, shown and rated: the team leader writes a report from the
 * project's page, adds two photos (one from the phone's camera input) and publishes it;
 * the district admin sees its figures on the dashboard; the community admin completes the
 * project, and both sides rate each other on a phone's width, the first rating hidden
 * from the other side until the second is given.
 */
class OutcomeJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void aReportWithTwoPhotosReachesTheDashboardAndBothSidesRateEachOther() throws Exception {
		World world = world();
		String project = project(world);
		Path photos = Files.createTempDirectory("outcome-photos");
		Path phone = Files.write(photos.resolve("phone.jpg"), TestPhotos.phoneJpeg(6));
		Path picked = Files.write(photos.resolve("picked.png"), TestPhotos.png(640, 480));

		signIn(world.teamLeader().getUsername(), PASSWORD);
		open("/projects/" + project);
		click(By.id("write-report"));
		// the project page's shift form has a title field too: wait for the report form
		waitFor(By.id("outcome-form"));
		type("title", "社区首场直播");
		set("happenedOn", "2026-11-08");
		type("body", "我们在社区活动室开了第一场直播课。\n\n孩子们一起观看。");
		select("metric-0", "VIEWERS");
		type("value-0", "280");
		type("source-0", "直播平台后台截图");
		click(By.id("add-figure-row"));
		select("metric-1", "LIKES");
		type("value-1", "6378");
		type("source-1", "直播平台后台截图");
		click(By.id("save-report"));
		expectText(By.id("report-status"), "草稿");

		browser.findElement(By.id("camera")).sendKeys(phone.toString());
		type("caption", "直播现场");
		click(By.id("upload-photo"));
		waitFor(By.cssSelector("#gallery .gallery-photo"));
		browser.findElement(By.id("file")).sendKeys(picked.toString());
		click(By.id("upload-photo"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#gallery .gallery-photo")).size() == 2);

		click(By.id("publish-report"));
		browser.switchTo().alert().accept();
		expectText(By.id("report-status"), "已发布");
		assertThat(text(By.id("report-body"))).contains("我们在社区活动室开了第一场直播课。");
		assertThat(browser.findElements(By.cssSelector("#report-body p"))).hasSize(2);
		for (WebElement image : browser.findElements(By.cssSelector("#gallery img"))) {
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Long) ((JavascriptExecutor) d)
				.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)) > 0);
		}
		// the phone's photo, upright (200 × 400) and thumbnailed to 480 on its long side
		Object size = ((JavascriptExecutor) browser).executeScript(
				"var i = document.querySelector('#gallery img'); return i.naturalWidth + 'x' + i.naturalHeight");
		assertThat(size).isEqualTo("240x480");
		assertThat(text(By.id("report-figures"))).contains("280", "6,378", "直播平台后台截图");
		screenshot("outcome-report");
		browser.manage().window().setSize(new Dimension(390, 844));
		open(browser.getCurrentUrl().replaceAll("^https?://[^/]+", ""));
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).isLessThanOrEqualTo(0);
		screenshot("outcome-report-phone");
		open("/projects/" + project + "/outcome-reports/new");
		assertThat((Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.isLessThanOrEqualTo(0);
		screenshot("outcome-form-phone");
		browser.manage().window().setSize(new Dimension(1280, 1400));

		open("/projects/" + project);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#project-outcome-reports .outcome-card img")));
		signOut();

		eventsHandled();
		signIn(world.districtAdmin().getUsername(), PASSWORD);
		open("/reports?organisationId=" + world.district().getId());
		expectText(By.id("outcome-VIEWERS"), "280");
		expectText(By.id("outcome-LIKES"), "6,378");
		screenshot("outcome-dashboard");
		open("/outcome-reports?organisationId=" + world.district().getId());
		assertThat(text(By.id("outcome-reports"))).contains("社区首场直播");

		browser.manage().window().setSize(new Dimension(390, 1400));
		try {
			signIn(world.communityAdmin().getUsername(), PASSWORD);
			open("/projects/" + project);
			click(By.id("complete-project"));
			browser.switchTo().alert().accept();
			eventsHandled();
			open("/projects/" + project);
			rate("rate-TEAM-" + world.team().getId(), List.of("PREPARATION", "PUNCTUALITY", "SKILL", "ATTITUDE"), 4,
					"队员准备充分");
			waitFor(By.cssSelector(".evaluation-waiting"));
			assertThat(text(By.id("evaluation-list"))).contains("队员准备充分");
			screenshot("evaluation-waiting-phone");

			signIn(world.teamLeader().getUsername(), PASSWORD);
			open("/projects/" + project);
			waitFor(By.id("rate-COMMUNITY-" + world.community().getId()));
			assertThat(browser.findElement(By.id("evaluations")).getText()).doesNotContain("队员准备充分");
			rate("rate-COMMUNITY-" + world.community().getId(), List.of("CLARITY", "SUPPORT", "SAFETY", "RESPECT"), 5,
					"社区接待周到");
			waitFor(By.id("evaluation-list"));
			assertThat(text(By.id("evaluation-list"))).contains("队员准备充分", "社区接待周到");
			assertThat(browser.findElements(By.cssSelector(".evaluation-waiting"))).isEmpty();
			screenshot("evaluation-published-phone");

			signIn(world.communityAdmin().getUsername(), PASSWORD);
			open("/projects/" + project);
			waitFor(By.id("evaluation-list"));
			assertThat(text(By.id("evaluation-list"))).contains("社区接待周到");
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
