package org.practica.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text lives in the message files, in both languages.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*[\\w])[}(]");

	private static final Pattern TOKEN = Pattern.compile(
			"<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|([^<]+)",
			Pattern.DOTALL);

	private static final Set<String> VOID = Set.of("input", "meta", "link", "br", "img", "hr", "source");

	private static final Pattern REPLACING = Pattern.compile("\\bth:(text|utext|errors|replace|insert)=|\\blang=");

	@Test
	void everyKeyIsInBothLanguages() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).allSatisfy(key -> {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(chinese.getProperty(key)).as(key).isNotBlank();
		});
	}

	@Test
	void noKeyIsGivenTwice() throws IOException {
		// a second line with the same key silently replaces the first one's text
		for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
			Set<String> seen = new java.util.HashSet<>();
			List<String> twice = new ArrayList<>();
			for (String line : Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (!line.isBlank() && !line.startsWith("#") && equals > 0
						&& !seen.add(line.substring(0, equals).strip())) {
					twice.add(line.substring(0, equals).strip());
				}
			}
			assertThat(twice).as(name).isEmpty();
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties english = load("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			found.addAll(hardCodedText(template.getFileName().toString(), Files.readString(template)));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsTextThatNoMessageReplaces() {
		assertThat(hardCodedText("t", "<div><p th:text=\"#{a}\">fallback</p><span>Sign in</span> · </div>"))
			.containsExactly("t: Sign in");
		assertThat(hardCodedText("t", "<html th:replace=\"~{layout}\"><b>登录</b></html>")).containsExactly("t: 登录");
	}

	/** Text in elements whose content no message, fragment or language name replaces. */
	static List<String> hardCodedText(String name, String html) {
		List<String> found = new ArrayList<>();
		Deque<String[]> open = new ArrayDeque<>();
		Matcher matcher = TOKEN.matcher(html);
		while (matcher.find()) {
			if (matcher.group(2) != null) {
				String tag = matcher.group(2).toLowerCase();
				if (matcher.group(1).equals("/")) {
					while (!open.isEmpty() && !open.pop()[0].equals(tag)) {
						// unwind elements closed implicitly
					}
				}
				else if (!VOID.contains(tag) && matcher.group(4).isEmpty()) {
					String attributes = tag.equals("html") ? "" : matcher.group(3);
					open.push(new String[] { tag, attributes });
				}
			}
			else if (matcher.group(5) != null) {
				String text = matcher.group(5).strip();
				boolean visible = text.codePoints().anyMatch(Character::isLetter);
				boolean replaced = open.stream()
					.anyMatch(e -> e[0].equals("script") || e[0].equals("style") || REPLACING.matcher(e[1]).find());
				if (visible && !replaced) {
					found.add(name + ": " + text);
				}
			}
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
