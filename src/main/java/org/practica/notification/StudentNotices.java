package org.practica.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.practica.hours.HoursEntryDisputed;
import org.practica.hours.HoursEntryVerified;
import org.practica.signup.WaitlistedSignupPromoted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a student in-app when their hours are disputed or fully verified, and when a
 * place came free and their waitlisted sign-up is confirmed. Each notice is sent after
 * the change committed, in a transaction of its own: a change that is rolled back tells
 * nobody, and a notice that fails never undoes the change; its delivery is tried again
 * (see the event publication registry).
 */
@Component
class StudentNotices {

	private static final int BRIEF = 200;

	private final Notifications notifications;

	private final ZoneId zone;

	StudentNotices(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.zone = clock.getZone();
	}

	@ApplicationModuleListener
	void on(HoursEntryDisputed event) {
		this.notifications.send(event.studentId(), NoticeCategory.HOURS, "notice.hours-disputed", "/me/hours",
				event.workDate(), event.hours().stripTrailingZeros().toPlainString(), brief(event.reason()));
	}

	@ApplicationModuleListener
	void on(HoursEntryVerified event) {
		this.notifications.send(event.studentId(), NoticeCategory.HOURS, "notice.hours-verified", "/me/hours",
				event.workDate(), event.hours().stripTrailingZeros().toPlainString());
	}

	@ApplicationModuleListener
	void on(WaitlistedSignupPromoted event) {
		ZonedDateTime startsAt = event.startsAt().atZone(this.zone);
		this.notifications.send(event.studentId(), NoticeCategory.SIGNUPS, "notice.signup-promoted",
				"/shifts/" + event.shiftId(), event.shiftTitle(), startsAt.toLocalDate(), startsAt.toLocalTime());
	}

	/** The start of a long reason: the notice points to the entry, which shows it all. */
	static String brief(String reason) {
		return (reason == null || reason.length() <= BRIEF) ? reason : reason.substring(0, BRIEF - 1) + "…";
	}

}
