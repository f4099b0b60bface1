package org.practica.notice;

import java.time.Clock;
import java.time.Instant;

import org.practica.support.Problem;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses (429) an address's objections beyond {@code objections-per-address} in
 * {@code objection-window}, without a CAPTCHA. The count is a row per address changed
 * under a row lock in the objection's own transaction, as the sign-in throttle's are, so
 * that every instance sees the same count, no number of objections at once gets past it,
 * and an objection refused for another reason takes no place in it.
 */
@Component
class ObjectionThrottle {

	private final ObjectionCountRepository counts;

	private final NoticeSettings settings;

	private final Clock clock;

	ObjectionThrottle(ObjectionCountRepository counts, NoticeSettings settings, Clock clock) {
		this.counts = counts;
		this.settings = settings;
		this.clock = clock;
	}

	/** Takes a place for an objection from this address, or refuses it (429). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void take(String address, Instant now) {
		String key = address == null || address.isBlank() ? "unknown" : address.strip();
		if (key.length() > 64) {
			key = key.substring(0, 64);
		}
		this.counts.create(key, now);
		ObjectionCount count = this.counts.lock(key).orElseThrow();
		if (!count.take(now, this.settings.objectionsPerAddress(), this.settings.objectionWindow())) {
			throw Problem.busy("notice.objection.too-many");
		}
	}

	/** Removes the counts whose window is over; safe on any number of instances. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT13M")
	@Transactional
	public void removeSpent() {
		this.counts.deleteSpent(this.clock.instant().minus(this.settings.objectionWindow()));
	}

}
