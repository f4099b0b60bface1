package org.practica.project;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.practica.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection fair as people use it: a community admin publishes a need, a team leader
 * publishes an offer, both say they are interested, and both see the project.
 */
class FairJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void aNeedAndAnOfferBecomeAProjectThatBothSidesSee() throws Exception {
		World world = world();
		String skill = unique("壁画");
		String needTitle = unique("老旧小区文化墙彩绘");
		String offerTitle = unique("墙绘美化社区");

		signIn(world.communityAdmin().getUsername(), PASSWORD);
		open("/needs/new");
		type("title", needTitle);
		type("description", "为三处楼院外墙绘制主题文化墙");
		select("direction", "WALL_PAINTING");
		type("skills", "绘画，" + skill);
		set("startDate", "2030-05-01");
		set("endDate", "2030-05-20");
		set("headcount", "6");
		click(By.id("save"));
		click(By.id("publish"));
		expectText(By.id("need-status"), "已发布");
		String needUrl = browser.getCurrentUrl();
		screenshot("need-published");
		signOut();

		signIn(world.teamLeader().getUsername(), PASSWORD);
		open("/offers/new");
		type("title", offerTitle);
		click(By.id("direction-WALL_PAINTING"));
		type("skills", "绘画, " + skill);
		set("availableFrom", "2030-04-01");
		set("availableTo", "2030-06-30");
		set("capacity", "10");
		click(By.id("save"));
		click(By.id("publish"));
		expectText(By.id("offer-status"), "已发布");
		click(By.id("suggestions"));
		WebElement card = suggestionFor(needTitle);
		assertThat(card.getText()).contains("方向一致").contains(skill);
		screenshot("offer-suggestions");
		click(card.findElement(By.className("mark-interest")));
		assertThat(text(By.cssSelector("[role=status]"))).contains("已表达意向");
		signOut();

		signIn(world.communityAdmin().getUsername(), PASSWORD);
		browser.get(needUrl);
		click(By.id("suggestions"));
		WebElement offerCard = suggestionFor(offerTitle);
		assertThat(offerCard.getText()).contains("对方有意向");
		click(offerCard.findElement(By.className("mark-interest")));
		assertThat(text(By.id("project-title"))).isEqualTo(needTitle);
		assertThat(text(By.id("project-team"))).isEqualTo(world.team().getName());
		screenshot("project");
		signOut();

		signIn(world.teamLeader().getUsername(), PASSWORD);
		open("/projects");
		click(By.partialLinkText(needTitle));
		assertThat(text(By.id("project-community"))).isEqualTo(world.community().getName());
		assertThat(text(By.id("project-team"))).isEqualTo(world.team().getName());
	}

	private WebElement suggestionFor(String title) {
		waitFor(By.className("suggestion"));
		return browser.findElements(By.className("suggestion"))
			.stream()
			.filter(card -> card.getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No suggestion for " + title));
	}

}
