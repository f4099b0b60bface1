package org.practica.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest, at {@code practica.mail.digest-at} in the platform's zone, run by one
 * instance a day however many share the database ({@link DailyJobs}). It puts each
 * person's notices waiting for the digest (those sent while the person chose
 * {@link MailMode#DAILY} for their category, and not yet mailed) in the day's digest and
 * records one {@link DigestPrepared} per person in the same transaction, a batch of
 * people at a time; {@link NoticeMail} then sends each digest as one mail after the
 * commit, retried when sending fails. A notice is put in one digest only and marked once
 * mailed, so a second run sends nothing, and a run that stopped half-way leaves the rest
 * for the next day's.
 */
@Component
class MailDigests implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailDigests.class);

	static final String JOB = "mail-digest";

	private static final int BATCH = 500;

	private final DailyJobs jobs;

	private final NotificationRepository notifications;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LocalTime digestAt;

	MailDigests(DailyJobs jobs, NotificationRepository notifications, Accounts accounts,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			MailSettings settings) {
		this.jobs = jobs;
		this.notifications = notifications;
		this.accounts = accounts;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.digestAt = settings.digestAt();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		String cron = "%d %d %d * * *".formatted(this.digestAt.getSecond(), this.digestAt.getMinute(),
				this.digestAt.getHour());
		registrar.addCronTask(
				new CronTask(() -> run(LocalDate.now(this.clock)), new CronTrigger(cron, this.clock.getZone())));
	}

	/**
	 * Prepares the day's digests, unless another instance already has; returns how many
	 * people get one.
	 */
	public int run(LocalDate day) {
		if (!this.jobs.claim(JOB, day)) {
			return 0;
		}
		Instant sentBy = this.clock.instant();
		int prepared = 0;
		int batch;
		do {
			int[] counts = this.transactions.execute((status) -> prepare(day, sentBy));
			batch = counts[0];
			prepared += counts[1];
		}
		while (batch == BATCH);
		log.info("Mail digests for {}: {} prepared", day, prepared);
		return prepared;
	}

	/**
	 * One batch of people: returns how many had notices waiting and how many of them get
	 * a digest (the others have no address, so theirs are settled without one).
	 */
	private int[] prepare(LocalDate day, Instant sentBy) {
		List<Long> waiting = this.notifications.findAccountsAwaitingDigest(MailMode.DAILY, sentBy, Limit.of(BATCH));
		if (waiting.isEmpty()) {
			return new int[] { 0, 0 };
		}
		this.notifications.putInDigest(waiting, MailMode.DAILY, sentBy, day);
		Map<Long, Account> accounts = this.accounts.byId(waiting);
		List<Long> reachable = waiting.stream()
			.filter((id) -> accounts.containsKey(id) && NoticeMail.reachable(accounts.get(id)))
			.toList();
		List<Long> unreachable = waiting.stream().filter((id) -> !reachable.contains(id)).toList();
		if (!unreachable.isEmpty()) {
			this.notifications.settleDigest(unreachable, day, this.clock.instant());
		}
		reachable.forEach((id) -> this.events.publishEvent(new DigestPrepared(id, day)));
		return new int[] { waiting.size(), reachable.size() };
	}

}
