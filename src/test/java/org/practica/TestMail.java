package org.practica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail), started once on a free port for every
 * test of the run: the full-application tests ({@link ApiTestSupport}) send their mail to
 * it, and read what it received.
 */
public final class TestMail {

	private static final GreenMail SERVER = start();

	private TestMail() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		return server;
	}

	/** Points {@code spring.mail.*} at the server. */
	public static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> SERVER.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
	}

	/** The messages the server received for this address so far, oldest first. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter((message) -> {
			try {
				Address[] recipients = message.getAllRecipients();
				return recipients != null && Arrays.stream(recipients).anyMatch((r) -> r.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The text of the part of this type (text/plain, text/html) of a message, decoded.
	 */
	public static String part(MimeMessage message, String type) {
		try {
			return part((Part) message, type);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
