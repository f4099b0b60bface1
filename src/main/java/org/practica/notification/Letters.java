package org.practica.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.practica.directory.Account;
import org.practica.support.PlatformSettings;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Writes the mails, each in its recipient's language: a plain-text part and an HTML part
 * (a Thymeleaf template under {@code templates/mail}) saying the same, with links that
 * start at the platform's public address.
 */
@Component
class Letters {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

	/** Longer notices are cut in the subject; the body has them whole. */
	private static final int SUBJECT_TEXT = 120;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final UnsubscribeLinks unsubscribeLinks;

	private final String publicUrl;

	private final ZoneId zone;

	Letters(MessageSource messages, ITemplateEngine templates, UnsubscribeLinks unsubscribeLinks,
			PlatformSettings platform, Clock clock) {
		this.messages = messages;
		this.templates = templates;
		this.unsubscribeLinks = unsubscribeLinks;
		this.publicUrl = withoutTrailingSlash(platform.publicUrl());
		this.zone = clock.getZone();
	}

	/** The mail of one notice, sent as soon as it is. */
	Letter notice(Account to, Notification notice) {
		Locale language = to.getLanguage();
		Line line = line(notice, language);
		return notices(to, language, subject(language, cut(line.text())), "mail.notice.intro", List.of(line),
				EnumSet.of(notice.getCategory()));
	}

	/**
	 * The day's digest: every notice of the day's digest for this person, oldest first.
	 */
	Letter digest(Account to, List<Notification> notices, LocalDate day) {
		Locale language = to.getLanguage();
		List<Line> lines = notices.stream().map((notice) -> line(notice, language)).toList();
		Set<NoticeCategory> categories = notices.stream()
			.map(Notification::getCategory)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeCategory.class)));
		return notices(to, language, subject(language, text(language, "mail.digest.subject", lines.size(), day)),
				"mail.digest.intro", lines, categories);
	}

	/**
	 * The mail with a password reset link: it goes whatever the person chose for notices,
	 * and has no unsubscribe link.
	 */
	Letter passwordReset(Account to, String token, Instant expiresAt) {
		Locale language = to.getLanguage();
		String link = this.publicUrl + "/password-reset/" + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8);
		String until = UNTIL.format(expiresAt.atZone(this.zone));
		String subject = subject(language, text(language, "mail.password-reset.subject"));
		Context context = context(to, language, subject);
		context.setVariable("username", to.getUsername());
		context.setVariable("link", link);
		context.setVariable("until", until);
		String html = this.templates.process("mail/password-reset", context);
		String text = String.join("\n", text(language, "mail.greeting", to.getDisplayName()), "",
				text(language, "mail.password-reset.intro", to.getUsername()), "",
				text(language, "mail.link", text(language, "mail.password-reset.action"), link), "",
				text(language, "mail.password-reset.valid-until", until), text(language, "mail.password-reset.ignore"),
				"", "-- ", text(language, "mail.automatic"));
		return new Letter(to.getEmail(), language, subject, text, html, null);
	}

	private Letter notices(Account to, Locale language, String subject, String intro, List<Line> lines,
			Collection<NoticeCategory> categories) {
		String unsubscribe = this.unsubscribeLinks.url(to.getId(), categories);
		String settings = this.publicUrl + "/notifications/settings";
		String categoryNames = categoryNames(categories, language);
		Context context = context(to, language, subject);
		context.setVariable("intro", intro);
		context.setVariable("lines", lines);
		context.setVariable("settingsUrl", settings);
		context.setVariable("unsubscribeUrl", unsubscribe);
		context.setVariable("categoryNames", categoryNames);
		String html = this.templates.process("mail/notices", context);
		StringBuilder text = new StringBuilder();
		text.append(text(language, "mail.greeting", to.getDisplayName()))
			.append("\n\n")
			.append(text(language, intro))
			.append("\n\n");
		for (Line line : lines) {
			text.append("- ").append(line.text()).append("\n  ").append(line.when()).append("  ").append(line.url());
			text.append("\n\n");
		}
		text.append("-- \n")
			.append(text(language, "mail.automatic"))
			.append('\n')
			.append(text(language, "mail.link", text(language, "mail.settings"), settings))
			.append('\n')
			.append(text(language, "mail.link", text(language, "mail.unsubscribe", categoryNames), unsubscribe))
			.append('\n');
		return new Letter(to.getEmail(), language, subject, text.toString(), html, unsubscribe);
	}

	/** The names of these categories in this language, as a list in a sentence. */
	String categoryNames(Collection<NoticeCategory> categories, Locale language) {
		return categories.stream()
			.map((category) -> text(language, "notice.category." + category.name()))
			.collect(Collectors.joining(text(language, "mail.separator")));
	}

	private Line line(Notification notice, Locale language) {
		return new Line(this.messages.getMessage(notice.getMessageKey(), notice.getArguments(), language),
				absolute(notice.getLink()), WHEN.format(notice.getCreatedAt().atZone(this.zone)));
	}

	private Context context(Account to, Locale language, String subject) {
		Context context = new Context(language);
		context.setVariable("lang", language.toLanguageTag());
		context.setVariable("subject", subject);
		context.setVariable("name", to.getDisplayName());
		return context;
	}

	private String subject(Locale language, String text) {
		return text(language, "mail.subject", text(language, "app.name"), text);
	}

	private String text(Locale language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	private String absolute(String link) {
		if (link == null || link.isBlank()) {
			return this.publicUrl + "/notifications";
		}
		if (link.startsWith("http://") || link.startsWith("https://")) {
			return link;
		}
		return this.publicUrl + (link.startsWith("/") ? link : "/" + link);
	}

	private static String cut(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= SUBJECT_TEXT ? oneLine : oneLine.substring(0, SUBJECT_TEXT - 1) + "…";
	}

	static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * One notice in a mail.
	 *
	 * @param text what it says, in the recipient's language
	 * @param url where it points, absolute
	 * @param when when it was sent, in the platform's zone
	 */
	record Line(String text, String url, String when) {
	}

}
