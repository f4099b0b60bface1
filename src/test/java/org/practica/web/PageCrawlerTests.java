package org.practica.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.practica.web.PageCrawler.Finding;
import org.practica.web.PageCrawler.Person;
import org.practica.web.PageCrawler.Visited;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each demo role reaches from the home page, in both languages, read over HTTP
 * as its person would: no server error, no link to a refusal, no {@code null} and no
 * message key in place of a text. The pages are discovered, not listed, so pages added
 * later are read too. {@link PhoneWidthBrowserTests} measures the student's pages on a
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { PageCrawler.DEMO,
		PageCrawler.DEMO_DATABASE, PageCrawler.DEMO_DATABASE_USER, PageCrawler.DEMO_DATABASE_PASSWORD })
class PageCrawlerTests extends ApiTestSupport {

	private static final Logger log = LoggerFactory.getLogger(PageCrawlerTests.class);

	@LocalServerPort
	int port;

	@Test
	void everyPageEachDemoRoleReachesReadsRightInBothLanguages() throws Exception {
		PageCrawler crawler = new PageCrawler(this.port);
		List<Person> people = PageCrawler.people(this.accounts);
		assertThat(people).as("the demo's roles").hasSizeGreaterThanOrEqualTo(7);
		Map<String, Integer> pages = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>();
		// a few people at once: the server has threads to spare, and the crawl is most of
		// this test's time
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<List<Finding>>> crawls = new ArrayList<>();
			for (Person person : people) {
				crawls.add(pool.submit(() -> crawl(crawler, person, pages)));
			}
			for (Future<List<Finding>> crawl : crawls) {
				findings.addAll(crawl.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(findings)
			.as("pages read per person: %s; what is wrong:%n%s", pages,
					String.join(System.lineSeparator(), findings.stream().map(Finding::toString).toList()))
			.isEmpty();
	}

	/**
	 * The person's pages found in the first language and read again in every other one.
	 */
	private static List<Finding> crawl(PageCrawler crawler, Person person, Map<String, Integer> pages) {
		List<Finding> findings = new ArrayList<>();
		List<Visited> visited = crawler.crawl(crawler.visitor(person, PageCrawler.LANGUAGES.get(0)), findings);
		for (String language : PageCrawler.LANGUAGES.subList(1, PageCrawler.LANGUAGES.size())) {
			PageCrawler.Visitor visitor = crawler.visitor(person, language);
			visited.forEach(v -> crawler.read(visitor, v.visit(), findings));
		}
		synchronized (pages) {
			pages.put(person.who(), visited.size());
		}
		log.info("{} reads {} pages in {}: {}", person.who(), visited.size(), PageCrawler.LANGUAGES,
				visited.stream().map(Visited::path).toList());
		if (person.username() != null) {
			assertThat(visited).as("%s reaches pages of single things (the first of a list)", person.who())
				.anyMatch(v -> v.shown() && PageCrawler.kind(v.path()).contains("{}"));
		}
		return findings;
	}

}
