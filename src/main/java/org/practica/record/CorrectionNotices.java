package org.practica.record;

import org.practica.directory.Accounts;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the volunteer of each step of a correction request, and the admins who must
 * answer it: the community's when it comes, the street's or district's when it is raised.
 * After the commit: a notice that fails never undoes the step.
 */
@Component
class CorrectionNotices {

	private static final String MINE = "/me/corrections";

	private static final String TO_ANSWER = "/corrections";

	private final Notifications notifications;

	private final Accounts accounts;

	CorrectionNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(CorrectionRequested event) {
		this.notifications.send(event.studentId(), NoticeCategory.HOURS, "record.notice.requested", MINE,
				event.workDate(), event.dueOn());
		for (Long admin : this.accounts.communityAdminsAt(event.communityPath())) {
			this.notifications.send(admin, NoticeCategory.ORGANISATION, "record.notice.to-answer", TO_ANSWER,
					event.workDate(), event.dueOn());
		}
	}

	@ApplicationModuleListener
	void on(CorrectionEscalated event) {
		this.notifications.send(event.studentId(), NoticeCategory.HOURS, "record.notice.escalated", MINE);
		// the street's admins, or the district's where the street has none
		String path = event.escalatedTo();
		java.util.List<Long> admins = this.accounts.adminsAt(path);
		while (admins.isEmpty() && !Corrections.parent(path).equals(path)) {
			path = Corrections.parent(path);
			admins = this.accounts.adminsAt(path);
		}
		for (Long admin : admins) {
			this.notifications.send(admin, NoticeCategory.ORGANISATION, "record.notice.escalated-to-you", TO_ANSWER);
		}
	}

	@ApplicationModuleListener
	void on(CorrectionAnswered event) {
		this.notifications.send(event.studentId(), NoticeCategory.HOURS,
				"record.notice.answered." + event.answer().name(), MINE,
				event.hours() == null ? "" : event.hours().stripTrailingZeros().toPlainString(),
				event.reason() == null ? "" : event.reason());
	}

}
