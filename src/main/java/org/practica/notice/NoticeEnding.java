package org.practica.notice;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the notices whose window has passed with every objection decided, every
 * {@code practica.notice.end-check-every}. Safe with any number of instances: each notice
 * is ended by one conditional update, and only the instance that made it publishes
 * {@link NoticeEnded}.
 */
@Component
class NoticeEnding {

	private final Notices notices;

	NoticeEnding(Notices notices) {
		this.notices = notices;
	}

	@Scheduled(fixedDelayString = "${practica.notice.end-check-every:PT1M}", initialDelayString = "PT1M")
	void endDue() {
		this.notices.endDue();
	}

}
