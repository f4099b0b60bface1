package org.practica.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.signup.Signup;
import org.practica.signup.Signups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders, sent once a day: students with a confirmed shift tomorrow, and
 * community admins whose communities have hours waiting for verification more than three
 * days.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	static final Duration WAITING = Duration.ofDays(3);

	private final DailyJobs jobs;

	private final Signups signups;

	private final Hours hours;

	private final Accounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	private final ZoneId zone;

	Reminders(DailyJobs jobs, Signups signups, Hours hours, Accounts accounts, Notifications notifications,
			Clock clock) {
		this.jobs = jobs;
		this.signups = signups;
		this.hours = hours;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@Scheduled(cron = "${practica.reminders.cron:0 0 8 * * *}", zone = "${practica.zone}")
	void daily() {
		run(LocalDate.now(this.clock.withZone(this.zone)));
	}

	/**
	 * Sends the day's reminders, unless another instance already has; returns how many
	 * were sent.
	 */
	@Transactional
	public int run(LocalDate today) {
		if (!this.jobs.claim("reminders", today)) {
			return 0;
		}
		int sent = 0;
		Instant tomorrow = today.plusDays(1).atStartOfDay(this.zone).toInstant();
		for (Signup signup : this.signups.confirmedStartingBetween(tomorrow, tomorrow.plus(Duration.ofDays(1)))) {
			this.signups.findShift(signup.getShiftId())
				.ifPresent(shift -> this.notifications.send(signup.getStudentId(), NoticeCategory.REMINDERS,
						"reminder.shift-tomorrow", "/shifts/" + shift.getId(), shift.getTitle(),
						shift.getStartsAt().atZone(this.zone).toLocalTime()));
			sent++;
		}
		Map<String, Integer> waitingByCommunity = new HashMap<>();
		for (HoursEntry entry : this.hours.pendingSince(this.clock.instant().minus(WAITING))) {
			waitingByCommunity.merge(entry.getCommunityPath(), 1, Integer::sum);
		}
		for (Map.Entry<String, Integer> waiting : waitingByCommunity.entrySet()) {
			List<Long> admins = this.accounts.communityAdminsAt(waiting.getKey());
			for (Long admin : admins) {
				this.notifications.send(admin, NoticeCategory.REMINDERS, "reminder.hours-waiting", "/hours/pending",
						waiting.getValue());
				sent++;
			}
		}
		log.info("Reminders for {}: {} sent", today, sent);
		return sent;
	}

}
