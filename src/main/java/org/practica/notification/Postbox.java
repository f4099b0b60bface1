package org.practica.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.practica.support.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a {@link Letter} through the SMTP server of {@code spring.mail.*}: UTF-8,
 * multipart/alternative with the plain text first and the HTML last, and for a notice
 * mail the one-click unsubscribe headers (RFC 8058). With no {@code spring.mail.host} set
 * (the embedded demo) there is no server, and the mail is written to the log instead. A
 * send that fails throws, so that the listener that asked for it fails and its delivery
 * is tried again.
 */
@Component
class Postbox {

	private static final Logger log = LoggerFactory.getLogger(Postbox.class);

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private final ObjectProvider<JavaMailSender> senders;

	private final MailSettings settings;

	private final Clock clock;

	private final Counter sent;

	private final Counter failed;

	Postbox(ObjectProvider<JavaMailSender> senders, MailSettings settings, Clock clock, MeterRegistry meters) {
		this.senders = senders;
		this.settings = settings;
		this.clock = clock;
		// practica_mail_sent_total and practica_mail_failed_total on /actuator/prometheus
		this.sent = Counter.builder(Meters.PREFIX + "mail.sent")
			.description("Mails handed to the SMTP server (or written to the log without one)")
			.register(meters);
		this.failed = Counter.builder(Meters.PREFIX + "mail.failed")
			.description("Mails not sent: a bad or refused address, or a server that failed (tried again later)")
			.register(meters);
	}

	/**
	 * Sends the letter, or writes it to the log when there is no SMTP server. Returns
	 * false, having logged why, when its address can never take mail (not an address, or
	 * refused by the server as unknown): trying again would not help. Any other failure
	 * throws.
	 */
	boolean send(Letter letter) {
		try {
			boolean delivered = deliver(letter);
			(delivered ? this.sent : this.failed).increment();
			return delivered;
		}
		catch (RuntimeException ex) {
			this.failed.increment();
			throw ex;
		}
	}

	private boolean deliver(Letter letter) {
		InternetAddress to;
		try {
			to = new InternetAddress(letter.to(), true);
		}
		catch (AddressException ex) {
			log.warn("Mail not sent: \"{}\" is not an address ({})", letter.to(), ex.getMessage());
			return false;
		}
		JavaMailSender sender = this.senders.getIfAvailable();
		MimeMessage message = (sender != null) ? sender.createMimeMessage()
				: new MimeMessage(Session.getInstance(new Properties()));
		write(letter, to, message);
		if (sender == null) {
			log.info("Mail (written here, not sent: no spring.mail.host) to {}, subject: {}\n{}", letter.to(),
					letter.subject(), letter.text());
			log.debug("Its HTML part:\n{}", letter.html());
			return true;
		}
		try {
			sender.send(message);
		}
		catch (MailSendException ex) {
			if (refusedAddress(ex)) {
				log.warn("Mail not sent: the server refused the address {} ({})", letter.to(), ex.getMessage());
				return false;
			}
			throw ex;
		}
		log.debug("Mail sent to {}: {}", letter.to(), letter.subject());
		return true;
	}

	/** The server said the address does not exist, which no retry changes. */
	private static boolean refusedAddress(MailSendException ex) {
		return !ex.getFailedMessages().isEmpty() && ex.getFailedMessages()
			.values()
			.stream()
			.allMatch((failure) -> failure instanceof SendFailedException refused
					&& refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
	}

	private void write(Letter letter, InternetAddress to, MimeMessage message) {
		try {
			message.setFrom(new InternetAddress(this.settings.from(), true));
			message.setRecipient(MimeMessage.RecipientType.TO, to);
			message.setSubject(letter.subject(), UTF_8);
			message.setSentDate(Date.from(this.clock.instant()));
			message.setHeader("Content-Language", letter.language().toLanguageTag());
			// an automatic mail: out-of-office replies should not answer it (RFC 3834)
			message.setHeader("Auto-Submitted", "auto-generated");
			if (letter.unsubscribe() != null) {
				message.setHeader("List-Unsubscribe", "<" + letter.unsubscribe() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			MimeBodyPart text = new MimeBodyPart();
			text.setText(letter.text(), UTF_8, "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(letter.html(), UTF_8, "html");
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			message.setContent(alternative);
			message.saveChanges();
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not write the mail to " + letter.to(), ex);
		}
	}

}
