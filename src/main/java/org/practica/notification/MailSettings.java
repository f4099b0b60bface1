package org.practica.notification;

import java.time.LocalTime;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Practica's own mail settings ({@code practica.mail.*}); the SMTP server is Spring's
 * {@code spring.mail.*}, and without {@code spring.mail.host} every mail is written to
 * the log instead.
 *
 * @param from the sender of every mail, e.g. {@code Practica <noreply@example.org>}
 * @param digestAt when the daily digest goes out, in the platform's zone
 * @param unsubscribeKey the key that signs unsubscribe links, at least 32 characters;
 * when empty, one is generated on first use and kept in the database
 */
@Validated
@ConfigurationProperties("practica.mail")
record MailSettings(@NotBlank String from, @NotNull LocalTime digestAt, String unsubscribeKey) {

	static final int MIN_KEY_LENGTH = 32;

	MailSettings {
		if (from != null && !from.isBlank()) {
			try {
				new InternetAddress(from, true);
			}
			catch (AddressException ex) {
				throw new IllegalArgumentException("practica.mail.from is not a mail address: " + from, ex);
			}
		}
		if (unsubscribeKey != null && !unsubscribeKey.isBlank() && unsubscribeKey.length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException(
					"practica.mail.unsubscribe-key must be at least " + MIN_KEY_LENGTH + " characters");
		}
	}

	boolean hasUnsubscribeKey() {
		return this.unsubscribeKey != null && !this.unsubscribeKey.isBlank();
	}

}
