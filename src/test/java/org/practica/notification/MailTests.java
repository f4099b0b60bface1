package org.practica.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.TestMail;
import org.practica.directory.Account;
import org.practica.directory.PasswordResetRequested;
import org.practica.directory.Role;
import org.practica.support.EventRedelivery;
import org.practica.support.PlatformSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices by mail, read from a real SMTP server (GreenMail): in the recipient's language,
 * both parts, the unsubscribe headers; only after the commit; retried and sent once; one
 * digest a day; unsubscribed by a POST to the link and never by a GET; and the password
 * reset mail.
 */
class MailTests extends ApiTestSupport {

	/**
	 * Each test's digests run on days of its own (ten each): a day's digest runs once.
	 */
	private static final AtomicInteger DIGEST_DAYS = new AtomicInteger(1000);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MailDigests digests;

	@Autowired
	private EventRedelivery redelivery;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformSettings platform;

	@Test
	void aReminderGoesAtOnceInTheRecipientsLanguageWithBothPartsAndTheUnsubscribeHeaders() throws Exception {
		Person chinese = person("zh-CN");
		Person english = person("en");

		remind(chinese);
		remind(english);
		eventsHandled();

		MimeMessage mail = single(chinese);
		assertThat(mail.getSubject()).isEqualTo("【Practica 社区实践】提醒：您报名的班次“周六课业辅导”将于明天 09:00 开始。");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("UTF-8");
		assertThat(TestMail.part(mail, "text/plain")).contains("您报名的班次“周六课业辅导”将于明天 09:00 开始",
				this.platform.publicUrl() + "/shifts/42", this.platform.publicUrl() + "/notifications/settings");
		assertThat(TestMail.part(mail, "text/html")).contains("您报名的班次“周六课业辅导”将于明天 09:00 开始",
				"href=\"" + this.platform.publicUrl() + "/shifts/42\"");
		assertThat(mail.getHeader("List-Unsubscribe")).singleElement(InstanceOfAssertFactories.STRING)
			.matches("<" + this.platform.publicUrl() + "/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

		MimeMessage englishMail = single(english);
		assertThat(englishMail.getSubject())
			.isEqualTo("[Practica] Reminder: your shift “周六课业辅导” starts tomorrow at 09:00.");
		assertThat(TestMail.part(englishMail, "text/plain")).contains("Hello Test STUDENT,");
	}

	@Test
	void aChangeThatRollsBackSendsNothing() throws Exception {
		Person person = person("zh-CN");
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.notifications.send(person.account().getId(), NoticeCategory.REMINDERS, "reminder.hours-waiting",
					"/hours/pending", 3);
			status.setRollbackOnly();
		});
		eventsHandled();
		assertThat(TestMail.to(person.address())).isEmpty();

		// the same committed goes
		this.notifications.send(person.account().getId(), NoticeCategory.REMINDERS, "reminder.hours-waiting",
				"/hours/pending", 4);
		eventsHandled();
		assertThat(single(person).getSubject()).contains("有 4 条时长记录");
	}

	@Test
	void theDailyDigestSendsAPersonsWaitingNoticesInOneMailOnce() throws Exception {
		Person person = person("zh-CN");
		for (int day = 1; day <= 5; day++) {
			this.notifications.send(person.account().getId(), NoticeCategory.HOURS, "notice.hours-verified",
					"/me/hours", "2026-11-0" + day, "2");
		}
		remind(person);
		eventsHandled();
		// the reminder went at once; the hours wait for the digest
		assertThat(TestMail.to(person.address())).hasSize(1);

		LocalDate day = digestDay();
		assertThat(this.digests.run(day)).isPositive();
		eventsHandled();
		List<MimeMessage> mails = TestMail.to(person.address());
		assertThat(mails).hasSize(2);
		MimeMessage digest = mails.get(1);
		assertThat(digest.getSubject()).isEqualTo("【Practica 社区实践】" + day + " 的 5 条通知");
		String text = TestMail.part(digest, "text/plain");
		for (int d = 1; d <= 5; d++) {
			assertThat(text).contains("您 2026-11-0" + d + " 的服务时长（2 小时）已核验。");
		}
		assertThat(text).doesNotContain("周六课业辅导");
		assertThat(TestMail.part(digest, "text/html")).contains("您 2026-11-05 的服务时长（2 小时）已核验。");
		assertThat(digest.getHeader("List-Unsubscribe")).hasSize(1);

		// another instance the same day, the next day's run, and resubmissions send
		// nothing more
		assertThat(this.digests.run(day)).isZero();
		this.digests.run(day.plusDays(1));
		this.redelivery.resubmit();
		eventsHandled();
		this.redelivery.resubmit();
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(2);
	}

	@Test
	void anImmediateMailThatFailedIsSentOnceAfterTheFaultClearsHoweverManyResubmit() throws Exception {
		Person person = person("zh-CN");
		doThrow(new MailSendException("the SMTP server is away")).when(this.mailSender).send(any(MimeMessage.class));

		Notification notice = remind(person);
		eventsHandled();
		// the notice is in the app; its mail is not sent and its delivery is kept, failed
		assertThat(this.notifications.latest(this.accounts.actingAs(person.account().getUsername()))).hasSize(1);
		assertThat(TestMail.to(person.address())).isEmpty();
		assertThat(failedDeliveries("ImmediateNoticeSent", "\"notificationId\":" + notice.getId() + ",")).isOne();

		reset(this.mailSender);
		// two instances resubmitting at once
		CompletableFuture<Void> one = CompletableFuture.runAsync(this.redelivery::resubmit);
		CompletableFuture<Void> two = CompletableFuture.runAsync(this.redelivery::resubmit);
		one.join();
		two.join();
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(1);
		assertThat(failedDeliveries("ImmediateNoticeSent", "\"notificationId\":" + notice.getId() + ",")).isZero();

		this.redelivery.resubmit();
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(1);
	}

	@Test
	void aDigestThatFailedIsSentOnceAfterTheFaultClears() throws Exception {
		Person person = person("en");
		this.notifications.send(person.account().getId(), NoticeCategory.SIGNUPS, "notice.signup-promoted", "/shifts/7",
				"周六课业辅导", "2026-11-14", "09:00");
		doThrow(new MailSendException("the SMTP server is away")).when(this.mailSender).send(any(MimeMessage.class));

		this.digests.run(digestDay());
		eventsHandled();
		assertThat(TestMail.to(person.address())).isEmpty();
		assertThat(failedDeliveries("DigestPrepared", "\"accountId\":" + person.account().getId() + ",")).isOne();

		reset(this.mailSender);
		this.redelivery.resubmit();
		eventsHandled();
		this.redelivery.resubmit();
		eventsHandled();
		MimeMessage digest = single(person);
		assertThat(digest.getSubject()).startsWith("[Practica] 1 notice, ");
		assertThat(TestMail.part(digest, "text/plain")).contains("A place came free");
	}

	@Test
	void aOneClickPostToTheLinkUnsubscribesWithoutSessionOrCsrf() throws Exception {
		Person person = person("zh-CN");
		remind(person);
		eventsHandled();
		String link = unsubscribePath(single(person));

		this.mvc
			.perform(
					post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());

		String token = token(person.account());
		getAs(token, "/api/v1/me/notification-settings").andExpect(jsonPath("$.categories.REMINDERS").value("NEVER"))
			.andExpect(jsonPath("$.categories.HOURS").value("DAILY"));
		remind(person);
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(1);
		// both notices are in the app
		assertThat(this.notifications.latest(this.accounts.actingAs(person.account().getUsername()))).hasSize(2);
	}

	@Test
	void aNoticeWaitingForTheDigestIsNotMailedWhenItsCategoryWasTurnedOffSince() throws Exception {
		Person person = person("zh-CN");
		this.notifications.send(person.account().getId(), NoticeCategory.HOURS, "notice.hours-verified", "/me/hours",
				"2026-11-02", "2");
		putAs(token(person.account()), "{\"categories\":{\"HOURS\":\"NEVER\"}}", "/api/v1/me/notification-settings")
			.andExpect(status().isOk());

		this.digests.run(digestDay());
		eventsHandled();
		assertThat(TestMail.to(person.address())).isEmpty();
	}

	@Test
	void openingTheLinkShowsAConfirmationAndChangesNothing() throws Exception {
		Person person = person("zh-CN");
		remind(person);
		eventsHandled();
		String link = unsubscribePath(single(person));

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确定不再接收关于“提醒”的邮件吗")))
			.andExpect(content().string(containsString("id=\"unsubscribe\"")));

		getAs(token(person.account()), "/api/v1/me/notification-settings")
			.andExpect(jsonPath("$.categories.REMINDERS").value("IMMEDIATE"));
		remind(person);
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(2);
	}

	@Test
	void aTamperedLinkIsRefusedAndChangesNothing() throws Exception {
		Person person = person("zh-CN");
		Person other = person("zh-CN");
		remind(person);
		eventsHandled();
		String link = unsubscribePath(single(person));
		String token = link.substring("/unsubscribe/".length());
		String[] parts = token.split("\\.");
		String otherPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((other.account().getId() + ":REMINDERS").getBytes(StandardCharsets.UTF_8));
		char last = parts[1].charAt(parts[1].length() - 1);
		String[] tampered = { parts[0] + "." + parts[1].substring(0, parts[1].length() - 1) + (last == 'A' ? 'B' : 'A'),
				otherPayload + "." + parts[1], parts[0], "not-a-token", parts[0] + "." };

		for (String bad : tampered) {
			this.mvc.perform(get("/unsubscribe/{token}", bad)).andExpect(status().isNotFound());
			this.mvc
				.perform(post("/unsubscribe/{token}", bad).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("List-Unsubscribe=One-Click"))
				.andExpect(status().isNotFound());
		}

		for (Person each : List.of(person, other)) {
			getAs(token(each.account()), "/api/v1/me/notification-settings")
				.andExpect(jsonPath("$.categories.REMINDERS").value("IMMEDIATE"));
		}
	}

	@Test
	void thePasswordResetMailCarriesThePublishedLinkWhateverTheNoticeSettings() throws Exception {
		Person person = person("zh-CN");
		putAs(token(person.account()),
				"""
						{"categories":{"REMINDERS":"NEVER","SIGNUPS":"NEVER","HOURS":"NEVER","FAIR":"NEVER","ORGANISATION":"NEVER"}}
						""",
				"/api/v1/me/notification-settings")
			.andExpect(status().isOk());
		String secret = "Zq3_" + unique("reset") + "-xY";
		Instant expiresAt = this.clock.instant().plus(Duration.ofMinutes(30));

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.events
			.publishEvent(new PasswordResetRequested(person.account().getId(), secret, expiresAt)));
		eventsHandled();

		MimeMessage mail = single(person);
		String link = this.platform.publicUrl() + "/password-reset/" + secret;
		assertThat(mail.getSubject()).isEqualTo("【Practica 社区实践】重置密码");
		assertThat(TestMail.part(mail, "text/plain")).contains(link, "有效期至 2026-11-11 10:30 +08:00",
				person.account().getUsername());
		assertThat(TestMail.part(mail, "text/html")).contains("href=\"" + link + "\"");
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();

		// a reset whose link has expired by the time its mail would go is not sent
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.events
			.publishEvent(new PasswordResetRequested(person.account().getId(), secret + "2", this.clock.instant())));
		eventsHandled();
		assertThat(TestMail.to(person.address())).hasSize(1);
	}

	@Test
	void noMailGoesToAPersonWithoutAnAddress() throws Exception {
		Account student = user(Role.STUDENT, world().college());
		Notification notice = this.notifications.send(student.getId(), NoticeCategory.REMINDERS,
				"reminder.hours-waiting", "/hours/pending", 2);
		eventsHandled();
		assertThat(this.jdbc.sql("select mail_handled_at from notification where id = ?")
			.param(notice.getId())
			.query(Instant.class)
			.single()).isNotNull();
		assertThat(failedDeliveries("ImmediateNoticeSent", "\"notificationId\":" + notice.getId() + ",")).isZero();
	}

	/** A person with an address of their own, reading mail in this language. */
	private Person person(String language) {
		Account account = user(Role.STUDENT, world().college());
		String address = unique("student") + "@example.org";
		this.jdbc.sql("update account set email = ?, language = ? where id = ?")
			.params(address, language, account.getId())
			.update();
		return new Person(account, address);
	}

	private Notification remind(Person person) {
		return this.notifications.send(person.account().getId(), NoticeCategory.REMINDERS, "reminder.shift-tomorrow",
				"/shifts/42", "周六课业辅导", "09:00");
	}

	private static MimeMessage single(Person person) {
		List<MimeMessage> mails = TestMail.to(person.address());
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private String unsubscribePath(MimeMessage mail) throws Exception {
		String header = mail.getHeader("List-Unsubscribe")[0];
		return header.substring(1, header.length() - 1).substring(this.platform.publicUrl().length());
	}

	private static LocalDate digestDay() {
		return LocalDate.of(2030, 1, 1).plusDays(DIGEST_DAYS.addAndGet(10));
	}

	private long failedDeliveries(String eventType, String serialized) {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
					+ "and event_type like ? and serialized_event like ?")
			.params("%" + eventType, "%" + serialized + "%")
			.query(Long.class)
			.single();
	}

	record Person(Account account, String address) {
	}

}
