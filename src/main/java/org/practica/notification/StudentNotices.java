package org.practica.notification;

import java.time.Clock;
import java.time.ZoneId;

import org.practica.hours.Hours;
import org.practica.hours.HoursChanged;
import org.practica.hours.HoursStatus;
import org.practica.signup.SignupChanged;
import org.practica.signup.Signups;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a student in-app when their hours are disputed or fully verified, and when a
 * place came free and their waitlisted sign-up is confirmed. Sent in the transaction of
 * the change, so a change that is rolled back tells nobody.
 */
@Component
class StudentNotices {

	private static final int BRIEF = 200;

	private final Notifications notifications;

	private final Hours hours;

	private final Signups signups;

	private final ZoneId zone;

	StudentNotices(Notifications notifications, Hours hours, Signups signups, Clock clock) {
		this.notifications = notifications;
		this.hours = hours;
		this.signups = signups;
		this.zone = clock.getZone();
	}

	@EventListener
	void on(HoursChanged event) {
		boolean disputed = "disputed".equals(event.action());
		// a back-fill verified by the community still waits for the university
		boolean verified = "verified".equals(event.action()) && event.status() == HoursStatus.VERIFIED;
		if (!disputed && !verified) {
			return;
		}
		this.hours.find(event.entryId()).ifPresent(entry -> {
			if (disputed) {
				this.notifications.send(entry.getStudentId(), "notice.hours-disputed", "/me/hours", entry.getWorkDate(),
						entry.getHours().stripTrailingZeros().toPlainString(), brief(entry.getDisputeReason()));
			}
			else {
				this.notifications.send(entry.getStudentId(), "notice.hours-verified", "/me/hours", entry.getWorkDate(),
						entry.getHours().stripTrailingZeros().toPlainString());
			}
		});
	}

	/** The start of a long reason: the notice points to the entry, which shows it all. */
	static String brief(String reason) {
		return (reason == null || reason.length() <= BRIEF) ? reason : reason.substring(0, BRIEF - 1) + "…";
	}

	@EventListener
	void on(SignupChanged event) {
		if (!"promoted".equals(event.action())) {
			return;
		}
		this.signups.findShift(event.shiftId())
			.ifPresent(shift -> this.notifications.send(event.studentId(), "notice.signup-promoted",
					"/shifts/" + shift.getId(), shift.getTitle(), shift.getStartsAt().atZone(this.zone).toLocalDate(),
					shift.getStartsAt().atZone(this.zone).toLocalTime()));
	}

}
