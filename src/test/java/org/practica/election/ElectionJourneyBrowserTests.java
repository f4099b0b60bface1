package org.practica.election;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.practica.BrowserTestSupport;
import org.practica.club.ClubOffices;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.Account;
import org.practica.notice.Notices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member votes on a phone, keeps the tracker, finds it among the published ballots
 * after the close, and the winner takes office after the result's notice.
 */
class ElectionJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	Clubs clubs;

	@Autowired
	Elections elections;

	@Autowired
	ClubOffices offices;

	@Autowired
	Notices notices;

	@Test
	void aMemberVotesOnAPhoneKeepsTheTrackerAndFindsItAfterTheClose() throws Exception {
		ElectionFixture fixture = new ElectionFixture(this.organisations, this.accounts, this.clubs, this.elections,
				this.clock);
		ElectionFixture.Setup s = fixture.club(6);
		ElectionFixture.Running r = fixture.running(s, Election.Method.PLURALITY, Election.TieRule.RUNOFF, 2);
		Candidate winner = r.candidates().get(1);
		Account member = s.members().get(3);
		Dimension wide = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(390, 844));
			signIn(member.getUsername(), PASSWORD);
			open("/clubs/" + s.club().getId());
			click(By.id("club-elections"));
			click(By.cssSelector("#elections a"));
			expectText(By.id("election-stage"), "投票中");
			assertThat(text(By.id("roll-count"))).isEqualTo("6");
			assertThat(text(By.id("election-limits"))).contains("胁迫");
			screenshot("election-page-phone");
			click(By.id("go-vote"));
			click(By.id("choice-" + winner.getId()));
			screenshot("election-ballot-phone");
			click(By.id("cast-ballot"));
			browser.switchTo().alert().accept();
			String tracker = text(By.id("tracker"));
			assertThat(tracker).matches("[0-9a-f]{64}");
			click(By.id("copy-tracker"));
			expectText(By.id("copy-tracker"), "已复制");
			screenshot("election-tracker-phone");
			// the page does not fit the phone less than it should: nothing wider than the
			// window
			assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
			click(By.id("back-to-election"));
			waitFor(By.id("voted"));

			for (int i : new int[] { 0, 1, 2 }) {
				this.elections.vote(fixture.as(s.members().get(i)), r.id(), java.util.List.of(winner.getId()));
			}
			this.elections.vote(fixture.as(s.members().get(4)), r.id(),
					java.util.List.of(r.candidates().get(0).getId()));
			fixture.close(r.election());

			open("/elections/" + r.id());
			click(By.id("find-tracker"));
			type("tracker-search", tracker);
			click(By.id("search-tracker"));
			assertThat(text(By.id("tracker-found"))).contains(winner.getDisplayName());
			screenshot("election-ballots-phone");
			open("/elections/" + r.id() + "/results");
			assertThat(text(By.id("winner"))).contains(winner.getDisplayName());
			assertThat(text(By.id("chain-check"))).contains("核验无误");
			screenshot("election-results-phone");

			Election counted = this.elections.get(null, r.id());
			this.clock.setTo(counted.getNoticeClosesAt().plus(Duration.ofMinutes(1)));
			this.notices.endIfDue(counted.getNoticeId());
			// wait for the handover itself, not for every event of the suite's earlier
			// tests
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.until(() -> this.offices.holders(s.club().getId(), Office.PRESIDENT).contains(winner.getAccountId()));
			open("/elections/" + r.id());
			expectText(By.id("election-stage"), "已完成交接");
			waitFor(By.id("handed-over"));
			assertThat(this.offices.holders(s.club().getId(), Office.PRESIDENT)).containsExactly(winner.getAccountId());
			screenshot("election-handed-over-phone");
		}
		finally {
			browser.manage().window().setSize(wide);
		}
	}

}
