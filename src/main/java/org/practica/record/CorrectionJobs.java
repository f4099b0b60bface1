package org.practica.record;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.practica.notification.DailyJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, the correction requests unanswered past their deadline are raised to the
 * street or district above their community; with several instances, one of them.
 */
@Component
class CorrectionJobs {

	static final String JOB = "record-correction-escalation";

	private static final Logger log = LoggerFactory.getLogger(CorrectionJobs.class);

	private final Corrections corrections;

	private final DailyJobs jobs;

	private final Clock clock;

	CorrectionJobs(Corrections corrections, DailyJobs jobs, Clock clock) {
		this.corrections = corrections;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${practica.record.escalation-cron:0 10 1 * * *}", zone = "${practica.zone}")
	void daily() {
		if (this.jobs.claim(JOB, LocalDate.now(this.clock))) {
			int raised = this.corrections.escalateOverdue();
			log.info("{} correction requests raised past their deadline", raised);
		}
	}

}
