package org.practica.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.web.PageCrawler.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link PageCrawler} calls a defect of a page, and what it follows: so that the
 * crawl, which finds nothing on a sound site, is known to be able to find something.
 */
class PageCrawlerCheckTests {

	private final PageCrawler crawler = new PageCrawler(8080);

	@Test
	void findsServerErrorsRefusalsNullsAndMessageKeys() {
		assertThat(defects(500, "<p>oops</p>")).containsExactly("answers 500");
		assertThat(defects(403, "<p>no</p>")).containsExactly("answers 403, though a page links to it");
		assertThat(defects(200, "<td>null</td><a href=\"/projects/null\">p</a>"))
			.containsExactly("shows null: \"null\"", "shows null: href=\"/projects/null\"");
		assertThat(defects(200, "<input placeholder=\"??need.title_zh_CN??\"><p>notice.shift-moved: 明天</p>"))
			.containsExactly("shows a message key: ??need.title_zh_CN??", "shows a message key: notice.shift-moved");
		assertThat(defects(200, "<button data-confirm=\"team.member.remove.confirm\">x</button>"))
			.containsExactly("shows a message key: team.member.remove.confirm");
	}

	@Test
	void leavesAloneWhatOnlyLooksLikeADefect() {
		assertThat(defects(200, """
				<p>wang.fang · hnit.admin · li.na@example.edu.cn · 2.5 h · e.g. nullable</p>
				<div data-report="{&quot;x&quot;:null}"></div>
				<script>if (x === null) {}</script><a href="/needs?status=PUBLISHED">x</a>
				""")).isEmpty();
		assertThat(this.crawler.defects(new Page("/x.pdf", 200, "application/pdf", "null"))).isEmpty();
	}

	@Test
	void followsTheSitesOwnPagesOneOfEachKind() {
		assertThat(this.crawler
			.links("""
					<a href="/needs/12">a</a><a href="/needs/13#top">b</a><a href="https://elsewhere.example/x">c</a>
					<a href="/locale?lang=en&amp;back=/">d</a><a href="/certificates/7/pdf">e</a><a href="/webjars/x.js">f</a>
					<div hx-get="/projects/3/shifts"></div><a href="/reports/hours.xlsx?from=1">g</a>
					<a href="http://localhost:8080/offers?mine=true&amp;page=2">h</a>
					"""))
			.containsExactly("/needs/12", "/needs/13", "/projects/3/shifts", "/offers?mine=true&page=2");
		assertThat(PageCrawler.kind("/needs/12")).isEqualTo(PageCrawler.kind("/needs/13")).isEqualTo("/needs/{}");
		assertThat(PageCrawler.kind("/offers?page=2&mine=true")).isEqualTo("/offers?mine&page");
		assertThat(PageCrawler.kind("/verify/AB12CD")).isEqualTo("/verify/{}");
	}

	private List<String> defects(int status, String body) {
		return this.crawler
			.defects(new Page("/x", status, "text/html;charset=UTF-8", "<html><body>" + body + "</body></html>"));
	}

}
