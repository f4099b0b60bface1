package org.practica.notification;

import java.time.Clock;
import java.util.List;

import org.practica.directory.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: sending one to a person, and what a person has to read.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private final NotificationRepository notifications;

	private final MailPreferences preferences;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(NotificationRepository notifications, MailPreferences preferences, ApplicationEventPublisher events,
			Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a notice to a person: shown in the app, and by mail as the person chose for
	 * its category: at once, once this transaction has committed ({@link NoticeMail}), in
	 * the day's digest ({@link MailDigests}), or never.
	 */
	@Transactional
	public Notification send(Long accountId, NoticeCategory category, String messageKey, String link,
			Object... arguments) {
		MailMode mail = this.preferences.of(accountId, category);
		Notification notice = this.notifications
			.save(new Notification(accountId, category, mail, messageKey, link, this.clock.instant(), arguments));
		if (mail == MailMode.IMMEDIATE) {
			this.events.publishEvent(new ImmediateNoticeSent(notice.getId(), accountId, category));
		}
		return notice;
	}

	public List<Notification> latest(CurrentUser user) {
		return this.notifications.findByAccountIdOrderByCreatedAtDescIdDesc(user.id(), Limit.of(100));
	}

	public long unread(CurrentUser user) {
		return this.notifications.countByAccountIdAndReadAtIsNull(user.id());
	}

	@Transactional
	public void readAll(CurrentUser user) {
		this.notifications.findByAccountIdAndReadAtIsNull(user.id()).forEach(n -> n.read(this.clock.instant()));
	}

}
