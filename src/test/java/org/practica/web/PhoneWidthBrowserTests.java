package org.practica.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.practica.BrowserTestSupport;
import org.practica.directory.Role;
import org.practica.web.PageCrawler.Person;
import org.practica.web.PageCrawler.Visited;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student's pages on a 390-pixel phone, in real Chromium and both languages: nothing
 * is wider than the screen (a table may scroll inside its own box). The pages are those
 * {@link PageCrawler} finds the demo student reaching; a page that overflows is named
 * with the outermost element sticking out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { PageCrawler.DEMO,
		PageCrawler.DEMO_DATABASE, PageCrawler.DEMO_DATABASE_USER, PageCrawler.DEMO_DATABASE_PASSWORD })
class PhoneWidthBrowserTests extends BrowserTestSupport {

	private static final int PHONE = 390;

	/**
	 * Whether the page is wider than the screen and, if so, the elements that stick out:
	 * the outermost ones, outside any box that scrolls or clips its content; failing
	 * those, the deepest whose own content (a long word) runs over.
	 */
	private static final String OVERFLOW = """
			const vw = document.documentElement.clientWidth;
			const width = document.documentElement.scrollWidth;
			if (width <= vw) { return null; }
			const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + (typeof el.className === 'string' && el.className.trim()
			        ? '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.') : '')
			    + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
			const clipped = el => {
			  for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
			    if (getComputedStyle(p).overflowX !== 'visible') { return true; }
			  }
			  return false;
			};
			const sticksOut = el => {
			  const r = el.getBoundingClientRect();
			  return (r.width > 0 || r.height > 0) && r.right > vw + 1;
			};
			const found = [];
			for (const el of document.body.querySelectorAll('*')) {
			  if (sticksOut(el) && !sticksOut(el.parentElement) && !clipped(el)) {
			    found.push(name(el) + ' reaches ' + Math.round(el.getBoundingClientRect().right) + 'px');
			  }
			}
			if (found.length === 0) {
			  for (const el of document.body.querySelectorAll('*')) {
			    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'
			        && !clipped(el) && ![...el.children].some(c => c.scrollWidth > c.clientWidth + 1)) {
			      found.push(name(el) + ' holds content ' + el.scrollWidth + 'px wide in ' + el.clientWidth + 'px');
			    }
			  }
			}
			return width + 'px wide: ' + found.slice(0, 3).join('; ');
			""";

	@Test
	void theStudentsPagesFitA390PixelPhone() {
		PageCrawler crawler = new PageCrawler(this.port);
		Person student = PageCrawler.people(this.accounts)
			.stream()
			.filter(p -> p.role() == Role.STUDENT)
			.findFirst()
			.orElseThrow();
		List<PageCrawler.Finding> ignored = new ArrayList<>();
		List<String> pages = crawler.crawl(crawler.visitor(student, "zh-CN"), ignored)
			.stream()
			.filter(Visited::shown)
			.map(Visited::path)
			.toList();
		assertThat(pages).as("the student's pages").hasSizeGreaterThan(5);

		signIn(student.username(), student.password());
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		List<String> overflowing = new ArrayList<>();
		try {
			for (String language : PageCrawler.LANGUAGES) {
				browser.manage().addCookie(new Cookie("practica-lang", language, "/"));
				for (String page : pages) {
					open(page);
					settle();
					Object width = ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
					assertThat(((Number) width).intValue()).as("the phone's width").isEqualTo(PHONE);
					Object overflow = ((JavascriptExecutor) browser).executeScript(OVERFLOW);
					if (overflow != null) {
						overflowing.add("[" + language + "] " + page + ": " + overflow);
					}
				}
			}
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		assertThat(overflowing)
			.as("pages wider than a %d-pixel phone:%n%s", PHONE, String.join(System.lineSeparator(), overflowing))
			.isEmpty();
	}

	@Test
	void theCheckNamesWhatSticksOutButNotATableThatScrollsInItsBox() {
		open("/");
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			open("/");
			JavascriptExecutor page = (JavascriptExecutor) browser;
			assertThat(page.executeScript(OVERFLOW)).isNull();
			page.executeScript(
					"""
							document.querySelector('main').insertAdjacentHTML('beforeend',
							  '<div class="table-responsive"><table id="scrolls" style="width:900px"><tr><td>x</td></tr></table></div>');
							""");
			assertThat(page.executeScript(OVERFLOW)).isNull();
			page.executeScript(
					"""
							document.querySelector('main').insertAdjacentHTML('beforeend', '<p id="long-word">' + 'x'.repeat(120) + '</p>');
							""");
			assertThat((String) page.executeScript(OVERFLOW)).contains("p#long-word");
			page.executeScript(
					"""
							document.querySelector('main').insertAdjacentHTML('beforeend', '<div id="too-wide" style="width:600px">y</div>');
							""");
			assertThat((String) page.executeScript(OVERFLOW)).contains("div#too-wide \"y\" reaches");
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Until the page and the parts htmx loads into it are in. */
	private void settle() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete'"
					+ " && !document.querySelector('.htmx-request, [hx-trigger=\"load\"]')")));
	}

}
