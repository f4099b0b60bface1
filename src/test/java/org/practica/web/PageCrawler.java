package org.practica.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Walks the site over plain HTTP as one signed-in person (or a visitor) would click
 * through it, and reads every page for the defects a person notices at once: a server
 * error, a link that leads to a refusal, the text {@code null}, a message key shown
 * instead of its text. It discovers the pages rather than listing them: the links of the
 * home page (the navbar with them), then the links of each page reached, one page of each
 * kind (the first item of every list), so a page added later is read without changing
 * this class.
 */
final class PageCrawler {

	/*
	 * The demo data, on an H2 database of its own whatever database the other tests use,
	 * for PageCrawlerTests and PhoneWidthBrowserTests (the same values, so they share one
	 * application).
	 */
	static final String DEMO = "practica.demo=true";

	static final String DEMO_DATABASE = "spring.datasource.url=jdbc:h2:mem:practica-crawl;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	static final String DEMO_DATABASE_USER = "spring.datasource.username=sa";

	static final String DEMO_DATABASE_PASSWORD = "spring.datasource.password=";

	/** Every demo account's password (the platform admin's is the test profile's). */
	static final String DEMO_PASSWORD = "practica-demo";

	static final String ADMIN_PASSWORD = "Lantern-Orchard-Test-7";

	/** The two languages of the site, as the language cookie names them. */
	static final List<String> LANGUAGES = List.of("zh-CN", "en");

	/**
	 * How many clicks from the home page: its links, the pages they list, and what those
	 * pages link to.
	 */
	static final int DEPTH = 3;

	private static final String LANGUAGE_COOKIE = "practica-lang";

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"|\\shx-get=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern.compile("<(script|style)\\b.*?</\\1>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

	/** Attributes a person reads. */
	private static final Pattern SHOWN_ATTRIBUTE = Pattern
		.compile("\\s(title|placeholder|aria-label|alt|value|data-confirm)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/** Attributes that send the person somewhere. */
	private static final Pattern ADDRESS_ATTRIBUTE = Pattern.compile("\\s(href|src|action|hx-get|hx-post)=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NULL = Pattern.compile("\\bnull\\b");

	/** What Thymeleaf writes for a message key it does not know. */
	private static final Pattern UNKNOWN_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");

	/** A word that looks like a message key: dotted, lower case. */
	private static final Pattern KEY_LIKE = Pattern
		.compile("(?<![\\w@./:-])([a-z][a-z0-9_-]*(?:\\.[a-z0-9][a-z0-9_-]*)+)(?![\\w@/-])");

	/** Addresses not to follow: other sites, files, the API, switches and sign-out. */
	private static final Pattern SKIPPED = Pattern.compile(
			"^/(webjars|css|js|img|api|v3|swagger-ui|locale|logout)(/|\\?|$)|^/swagger-ui\\.html|^/favicon"
					+ "|\\.(pdf|xlsx|csv|ics|png|jpe?g|svg)(\\?|$)|/(pdf|qr|photo|download|evidence)(/|\\?|$)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The demo's people whose pages hold the most (sign-ups, hours, a project under way),
	 * taken for their role where they are there; any other role is seen as its first
	 * account.
	 */
	private static final List<String> RICHEST = List.of("wang.fang", "tutor", "qingquanshan", "hnit.admin",
			"zhuhui.admin");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** The first segments of the message keys: what a key shown raw starts with. */
	private final Set<String> keyPrefixes = new HashSet<>();

	private final Set<String> keys;

	PageCrawler(int port) {
		this.base = "http://localhost:" + port;
		Properties messages = new Properties();
		try (InputStream in = PageCrawler.class.getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.keys = messages.stringPropertyNames();
		this.keys.stream()
			.filter(k -> k.contains("."))
			.forEach(k -> this.keyPrefixes.add(k.substring(0, k.indexOf('.'))));
	}

	/** A person's cookies: their session and their language. */
	final class Visitor {

		private final String who;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		Visitor(String who, String language) {
			this.who = who;
			this.cookies.put(LANGUAGE_COOKIE, language);
		}

		String who() {
			return this.who;
		}

		String language() {
			return this.cookies.get(LANGUAGE_COOKIE);
		}

		/**
		 * The page, following redirects inside the site; status, final address and body.
		 */
		Page get(String path) {
			String url = path;
			for (int hops = 0; hops < 5; hops++) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(PageCrawler.this.base + url))
					.header("Accept", "text/html,application/xhtml+xml")
					.GET());
				int status = response.statusCode();
				String location = response.headers().firstValue("Location").orElse(null);
				if (status / 100 == 3 && location != null) {
					url = local(location);
					if (url == null) {
						return new Page(path, status, "", "");
					}
					continue;
				}
				return new Page(url, status, response.headers().firstValue("Content-Type").orElse(""), response.body());
			}
			throw new AssertionError(path + " redirects too often");
		}

		/** Signs in through the sign-in form, as a person does. */
		Visitor signIn(String username, String password) {
			Page form = get("/login");
			Matcher csrf = CSRF.matcher(form.body());
			if (!csrf.find()) {
				throw new AssertionError("The sign-in page has no CSRF field");
			}
			String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(PageCrawler.this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
				throw new AssertionError(username + " could not sign in: " + response.statusCode() + " " + location);
			}
			return this;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", String.join("; ",
						this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
			}
			try {
				HttpResponse<String> response = PageCrawler.this.http.send(
						request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				for (String setCookie : response.headers().allValues("Set-Cookie")) {
					String pair = setCookie.split(";", 2)[0];
					int eq = pair.indexOf('=');
					if (eq > 0 && !pair.startsWith(LANGUAGE_COOKIE + "=")) {
						this.cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
					}
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * One who looks at the site: a visitor (no username) or a demo account.
	 *
	 * @param who how the failure message names them
	 * @param role their role, null for a visitor
	 * @param username their username, or null
	 * @param password their password, or null
	 */
	record Person(String who, Role role, String username, String password) {
	}

	/**
	 * A visitor and, for each role the demo has, one account holding it: the demo's
	 * richest where there is one, else the first by username.
	 */
	static List<Person> people(Accounts accounts) {
		CurrentUser admin = accounts.actingAs("admin");
		List<Account> all = accounts.search(admin, null, null, PageRequest.of(0, 500, Sort.by("username")))
			.getContent();
		List<Person> people = new ArrayList<>();
		people.add(new Person("visitor", null, null, null));
		for (Role role : Role.values()) {
			all.stream()
				.filter(a -> a.holds(role))
				.min(java.util.Comparator.comparing(a -> RICHEST.contains(a.getUsername()) ? 0 : 1))
				.ifPresent(a -> people.add(new Person(role + " " + a.getUsername(), role, a.getUsername(),
						role == Role.PLATFORM_ADMIN ? ADMIN_PASSWORD : DEMO_PASSWORD)));
		}
		return people;
	}

	/**
	 * The person's view of the site in a language, signed in where they have an account.
	 */
	Visitor visitor(Person person, String language) {
		Visitor visitor = new Visitor(person.who(), language);
		return person.username() == null ? visitor : visitor.signIn(person.username(), person.password());
	}

	/** A page as fetched: the address it ended at, its status, type and text. */
	record Page(String url, int status, String contentType, String body) {

		boolean isHtml() {
			return this.contentType.startsWith("text/html");
		}

	}

	/** A page to reach and where its link was. */
	record Visit(String path, String from) {
	}

	/** A page reached: where its link was, and how it answered. */
	record Visited(String path, String from, int status, boolean html) {

		Visit visit() {
			return new Visit(this.path, this.from);
		}

		/** Whether it is a page a person reads: HTML, answered fine. */
		boolean shown() {
			return this.html && this.status == 200;
		}

	}

	/** A defect of a page, for the failure message. */
	record Finding(String who, String language, String path, String from, String what) {

		@Override
		public String toString() {
			return this.who + " [" + this.language + "] " + this.path
					+ (this.from == null ? "" : " (linked from " + this.from + ")") + ": " + this.what;
		}

	}

	/**
	 * Visits the home page and every page reachable from it within {@link #DEPTH} clicks,
	 * one of each kind, reading each; returns the pages visited in order.
	 */
	List<Visited> crawl(Visitor visitor, List<Finding> findings) {
		List<Visited> visited = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		Deque<Visit> queue = new ArrayDeque<>();
		Deque<Integer> depths = new ArrayDeque<>();
		queue.add(new Visit("/", null));
		depths.add(0);
		kinds.add(kind("/"));
		while (!queue.isEmpty()) {
			Visit visit = queue.poll();
			int depth = depths.poll();
			Page page = read(visitor, visit, findings);
			visited.add(new Visited(visit.path(), visit.from(), page == null ? 0 : page.status(),
					page != null && page.isHtml()));
			if (depth == DEPTH || page == null || !page.isHtml() || page.status() >= 400) {
				continue;
			}
			for (String link : links(page.body())) {
				if (kinds.add(kind(link))) {
					queue.add(new Visit(link, visit.path()));
					depths.add(depth + 1);
				}
			}
		}
		return visited;
	}

	/** Reads one page and notes what is wrong with it; null when it could not be had. */
	Page read(Visitor visitor, Visit visit, List<Finding> findings) {
		Page page;
		try {
			page = visitor.get(visit.path());
		}
		catch (RuntimeException ex) {
			findings.add(new Finding(visitor.who(), visitor.language(), visit.path(), visit.from(), ex.toString()));
			return null;
		}
		for (String what : defects(page)) {
			findings.add(new Finding(visitor.who(), visitor.language(), visit.path(), visit.from(), what));
		}
		return page;
	}

	/** What a person would see wrong on the page. */
	List<String> defects(Page page) {
		List<String> defects = new ArrayList<>();
		if (page.status() >= 400) {
			defects.add("answers " + page.status() + (page.status() >= 500 ? "" : ", though a page links to it"));
		}
		if (!page.isHtml()) {
			return defects;
		}
		String html = HIDDEN.matcher(page.body()).replaceAll(" ");
		Set<String> nulls = new TreeSet<>();
		Set<String> rawKeys = new TreeSet<>();
		for (String text : shownTexts(html)) {
			if (NULL.matcher(text).find()) {
				nulls.add(snippet(text, "null"));
			}
			Matcher unknown = UNKNOWN_KEY.matcher(text);
			while (unknown.find()) {
				rawKeys.add(unknown.group());
			}
			Matcher key = KEY_LIKE.matcher(text);
			while (key.find()) {
				String word = key.group(1);
				if (this.keys.contains(word) || this.keyPrefixes.contains(word.substring(0, word.indexOf('.')))) {
					rawKeys.add(word);
				}
			}
		}
		Matcher address = ADDRESS_ATTRIBUTE.matcher(html);
		while (address.find()) {
			if (NULL.matcher(address.group(2)).find()) {
				nulls.add(address.group(1) + "=\"" + address.group(2) + "\"");
			}
		}
		nulls.forEach(n -> defects.add("shows null: " + n));
		rawKeys.forEach(k -> defects.add("shows a message key: " + k));
		return defects;
	}

	/** The texts of the page a person reads: its text and its shown attributes. */
	private static List<String> shownTexts(String html) {
		List<String> texts = new ArrayList<>();
		Matcher text = TEXT.matcher(html);
		while (text.find()) {
			if (!text.group(1).isBlank()) {
				texts.add(text.group(1).strip());
			}
		}
		Matcher attribute = SHOWN_ATTRIBUTE.matcher(html);
		while (attribute.find()) {
			texts.add(attribute.group(2));
		}
		return texts;
	}

	private static String snippet(String text, String word) {
		int at = text.indexOf(word);
		return "\"" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ")
				+ "\"";
	}

	/**
	 * The site's own page addresses the page links to (and loads parts from), in order.
	 */
	List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(HIDDEN.matcher(html).replaceAll(" "));
		while (matcher.find()) {
			String href = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
			String local = local(href.replace("&amp;", "&"));
			if (local != null && !SKIPPED.matcher(local).find() && !links.contains(local)) {
				links.add(local);
			}
		}
		return links;
	}

	/** The path and query of an address of this site, or null for anything else. */
	private String local(String href) {
		String address = href.strip();
		int hash = address.indexOf('#');
		if (hash >= 0) {
			address = address.substring(0, hash);
		}
		if (address.startsWith(this.base)) {
			address = address.substring(this.base.length());
		}
		if (address.isEmpty() || !address.startsWith("/") || address.startsWith("//")) {
			return null;
		}
		return address;
	}

	/**
	 * The kind of page an address shows: its path with every segment holding a digit (an
	 * id, a number, a code) made alike, and the names of its query parameters.
	 */
	static String kind(String address) {
		String[] parts = address.split("\\?", 2);
		StringBuilder kind = new StringBuilder();
		for (String segment : parts[0].split("/")) {
			if (!segment.isEmpty()) {
				kind.append('/').append(segment.matches(".*\\d.*") ? "{}" : segment);
			}
		}
		if (parts.length > 1) {
			Set<String> names = new TreeSet<>();
			for (String parameter : parts[1].split("&")) {
				names.add(parameter.split("=", 2)[0]);
			}
			kind.append('?').append(String.join("&", names));
		}
		return kind.isEmpty() ? "/" : kind.toString().toLowerCase(Locale.ROOT);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
