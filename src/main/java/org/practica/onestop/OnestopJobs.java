package org.practica.onestop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one-stop community's timed work, safe on every instance: reminders are claimed one
 * booking at a time, and deleting expired notes twice deletes nothing more.
 */
@Component
class OnestopJobs {

	private static final Logger log = LoggerFactory.getLogger(OnestopJobs.class);

	private final Bookings bookings;

	private final Counselling counselling;

	OnestopJobs(Bookings bookings, Counselling counselling) {
		this.bookings = bookings;
		this.counselling = counselling;
	}

	@Scheduled(fixedDelayString = "${practica.onestop.reminder-check-every:15m}",
			initialDelayString = "${practica.onestop.reminder-check-every:15m}")
	void remind() {
		this.bookings.remindDue();
	}

	@Scheduled(cron = "${practica.onestop.retention-cron:0 15 3 * * *}", zone = "${practica.zone}")
	void retention() {
		int deleted = this.counselling.deleteExpiredNotes();
		if (deleted > 0) {
			log.info("Deleted {} counselling notes past their retention period", deleted);
		}
	}

}
