package org.practica.notification;

import java.time.Clock;

import org.practica.directory.Accounts;
import org.practica.directory.PasswordResetRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the password reset link to the account's address, in its language, whatever the
 * person chose for notices and with no unsubscribe link: after the reset was recorded,
 * and tried again when sending fails (until the link has expired, when it would be no
 * use).
 */
@Component
class PasswordResetMail {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

	private final Accounts accounts;

	private final Letters letters;

	private final Postbox postbox;

	private final Clock clock;

	PasswordResetMail(Accounts accounts, Letters letters, Postbox postbox, Clock clock) {
		this.accounts = accounts;
		this.letters = letters;
		this.postbox = postbox;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		if (!event.expiresAt().isAfter(this.clock.instant())) {
			log.info("Password reset mail for account {} not sent: its link has expired", event.accountId());
			return;
		}
		this.accounts.find(event.accountId())
			.filter((account) -> account.getEmail() != null && !account.getEmail().isBlank())
			.ifPresentOrElse(
					(account) -> this.postbox
						.send(this.letters.passwordReset(account, event.token(), event.expiresAt())),
					() -> log.info("Password reset mail for account {} not sent: it has no address",
							event.accountId()));
	}

}
