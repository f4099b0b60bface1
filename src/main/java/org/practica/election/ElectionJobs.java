package org.practica.election;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves elections on with the clock: rolls frozen when nominations end, members who have
 * not voted reminded (in the app and by mail) a day before the close, the count at the
 * close. Safe with any number of instances: each election is locked and checked again
 * before anything is done, and what was done is recorded on it.
 */
@Component
class ElectionJobs {

	private static final Logger log = LoggerFactory.getLogger(ElectionJobs.class);

	private final Elections elections;

	ElectionJobs(Elections elections) {
		this.elections = elections;
	}

	@Scheduled(fixedDelayString = "${practica.elections.check-every:1m}",
			initialDelayString = "${practica.elections.check-every:1m}")
	void tick() {
		moveOn();
	}

	/** Settles every election with something due; returns how many were looked at. */
	int moveOn() {
		int settled = 0;
		for (Long id : this.elections.due()) {
			try {
				this.elections.settle(id);
				settled++;
			}
			catch (RuntimeException ex) {
				log.warn("Election {} could not be moved on; trying again next time", id, ex);
			}
		}
		return settled;
	}

}
