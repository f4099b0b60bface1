package org.practica.notification;

import org.practica.directory.Accounts;
import org.practica.notice.ObjectionRaised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the admins of a notice's organisation that an objection waits for their decision,
 * after the objection committed.
 */
@Component
class ObjectionNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	ObjectionNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ObjectionRaised event) {
		for (Long admin : this.accounts.adminsAt(event.organisationPath())) {
			this.notifications.send(admin, NoticeCategory.ORGANISATION, "notice.objection-raised",
					"/notices/" + event.noticeId() + "/objections", event.noticeTitle(), event.subjectName());
		}
	}

}
