package org.practica.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.practica.directory.Account;
import org.practica.directory.Accounts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails notices: each one a person gets at once, and each person's daily digest. Both run
 * after the commit that sent the notices, through the event publication registry: a send
 * that fails leaves its delivery failed, to be tried again
 * ({@code support/EventRedelivery}), and the registry lets one instance only run each
 * delivery. A notice's mail is claimed (marked as dealt with, its row locked) in the same
 * transaction before the mail goes, so a delivery run again, even at the same time, finds
 * nothing left to send. A person who has chosen no mail for a category since the notice
 * was sent, or who has no address or is disabled, gets none.
 */
@Component
class NoticeMail {

	private final NotificationRepository notifications;

	private final MailPreferences preferences;

	private final Accounts accounts;

	private final Letters letters;

	private final Postbox postbox;

	private final Clock clock;

	NoticeMail(NotificationRepository notifications, MailPreferences preferences, Accounts accounts, Letters letters,
			Postbox postbox, Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.accounts = accounts;
		this.letters = letters;
		this.postbox = postbox;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ImmediateNoticeSent event) {
		if (this.notifications.claimMail(event.notificationId(), this.clock.instant()) == 0) {
			return;
		}
		Notification notice = this.notifications.findById(event.notificationId())
			.orElseThrow(() -> new IllegalStateException("No notice " + event.notificationId()));
		Optional<Account> to = recipient(event.accountId());
		if (to.isPresent() && this.preferences.of(event.accountId(), event.category()) != MailMode.NEVER) {
			this.postbox.send(this.letters.notice(to.get(), notice));
		}
	}

	@ApplicationModuleListener
	void on(DigestPrepared event) {
		List<Notification> waiting = this.notifications
			.findByAccountIdAndDigestDateAndMailHandledAtIsNullOrderByCreatedAtAscIdAsc(event.accountId(), event.day());
		if (waiting.isEmpty()) {
			return;
		}
		var modes = this.preferences.of(event.accountId());
		waiting.forEach((notice) -> notice.mailHandled(this.clock.instant()));
		this.notifications.flush();
		List<Notification> wanted = waiting.stream()
			.filter((notice) -> modes.get(notice.getCategory()) != MailMode.NEVER)
			.toList();
		Optional<Account> to = recipient(event.accountId());
		if (to.isPresent() && !wanted.isEmpty()) {
			this.postbox.send(this.letters.digest(to.get(), wanted, event.day()));
		}
	}

	/** The person, when mail can reach them. */
	private Optional<Account> recipient(Long accountId) {
		return this.accounts.find(accountId).filter(NoticeMail::reachable);
	}

	static boolean reachable(Account account) {
		return account.isEnabled() && account.getEmail() != null && !account.getEmail().isBlank();
	}

}
