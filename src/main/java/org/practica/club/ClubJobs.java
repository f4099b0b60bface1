package org.practica.club;

import java.time.Clock;
import java.time.LocalDate;

import org.practica.notification.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves clubs on with the clock: a probation that passed makes the club active, a dormant
 * club is proposed for cancellation once a day, and the start of a school year ends
 * graduated students' memberships (a notice that ended starts the probation:
 * {@link PublicClubNotice}). Safe with any number of instances: each club is locked and
 * its state checked again before it moves, and the school year's sweep is claimed once.
 */
@Component
class ClubJobs {

	static final String GRADUATION_JOB = "club-graduation";

	static final String DORMANCY_JOB = "club-dormancy";

	private static final Logger log = LoggerFactory.getLogger(ClubJobs.class);

	private static final int BATCH = 500;

	private final Clubs clubs;

	private final DailyJobs jobs;

	private final ClubSettings settings;

	private final Clock clock;

	private final ClubStandings standings;

	ClubJobs(Clubs clubs, DailyJobs jobs, ClubSettings settings, Clock clock, ClubStandings standings) {
		this.clubs = clubs;
		this.standings = standings;
		this.jobs = jobs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${practica.clubs.check-every:1m}",
			initialDelayString = "${practica.clubs.check-every:1m}")
	void tick() {
		moveOn();
	}

	/**
	 * Once a day: on the first day of a school year (or the first run after it), the
	 * graduates' memberships end; the school year's sweep is claimed once.
	 */
	@Scheduled(cron = "${practica.clubs.sweep-cron:0 30 0 * * *}", zone = "${practica.zone}")
	void daily() {
		LocalDate start = schoolYearStart(LocalDate.now(this.clock));
		if (this.jobs.claim(GRADUATION_JOB, start)) {
			int batches = sweepGraduates(start.getYear());
			log.info("Graduates' club memberships ended at the start of school year {} ({} batches looked at)",
					start.getYear(), batches);
		}
		if (this.jobs.claim(DORMANCY_JOB, LocalDate.now(this.clock))) {
			int proposed = proposeDormant();
			if (proposed > 0) {
				log.info("{} dormant clubs proposed for cancellation", proposed);
			}
		}
	}

	/**
	 * Proposes the cancellation of every dormant club (a public notice each); returns how
	 * many were proposed.
	 */
	int proposeDormant() {
		int proposed = 0;
		for (Long id : this.standings.dormant()) {
			proposed += this.standings.proposeCancellation(id) ? 1 : 0;
		}
		return proposed;
	}

	/** Makes the clubs whose probation passed active; returns how many moved. */
	int moveOn() {
		int moved = 0;
		for (Long id : this.clubs.probationsEnded()) {
			moved += this.clubs.activateIfDue(id) ? 1 : 0;
		}
		return moved;
	}

	/**
	 * Ends the memberships of students graduated by this school year; returns batches
	 * run.
	 */
	int sweepGraduates(int schoolYear) {
		int batches = 0;
		Long after = 0L;
		while (after != null) {
			after = this.clubs.sweepGraduates(schoolYear, after, BATCH);
			batches++;
		}
		return batches;
	}

	/** The day the school year that includes this day started. */
	LocalDate schoolYearStart(LocalDate day) {
		LocalDate start = LocalDate.of(day.getYear(), this.settings.schoolYearStartMonth(),
				this.settings.schoolYearStartDay());
		return day.isBefore(start) ? start.minusYears(1) : start;
	}

}
