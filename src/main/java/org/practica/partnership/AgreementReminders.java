package org.practica.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import org.practica.directory.Accounts;
import org.practica.notification.DailyJobs;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, tells both parties' admins in-app about each agreement ending within
 * {@link Agreement#EXPIRING_DAYS} days. The day's run is claimed in the database, so it
 * happens once however many instances share it.
 */
@Component
class AgreementReminders {

	static final String JOB = "agreement-expiring";

	private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

	private final DailyJobs jobs;

	private final Agreements agreements;

	private final Accounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	private final ZoneId zone;

	AgreementReminders(DailyJobs jobs, Agreements agreements, Accounts accounts, Notifications notifications,
			Clock clock) {
		this.jobs = jobs;
		this.agreements = agreements;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@Scheduled(cron = "${practica.reminders.cron:0 0 8 * * *}", zone = "${practica.zone}")
	void daily() {
		run(LocalDate.now(this.clock));
	}

	/**
	 * Sends the day's reminders unless another run already has; returns how many were
	 * sent.
	 */
	@Transactional
	public int run(LocalDate today) {
		if (!this.jobs.claim(JOB, today)) {
			return 0;
		}
		int sent = 0;
		for (Agreement agreement : this.agreements.signedEndingBetween(today,
				today.plusDays(Agreement.EXPIRING_DAYS))) {
			Set<Long> admins = new LinkedHashSet<>(this.accounts.adminsAt(agreement.getUniversitySidePath()));
			admins.addAll(this.accounts.adminsAt(agreement.getLocalSidePath()));
			for (Long admin : admins) {
				this.notifications.send(admin, NoticeCategory.REMINDERS, "reminder.agreement-expiring",
						"/agreements/" + agreement.getId(), agreement.getTitle(), agreement.getEndsOn().toString());
				sent++;
			}
		}
		log.info("Agreement reminders for {}: {} sent", today, sent);
		return sent;
	}

}
