package org.practica.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.practica.support.PlatformSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The links in a notice mail that unsubscribe its person from its categories. A link's
 * token names the account and the categories and is signed (HMAC-SHA256) with a key that
 * is not in the code: {@code practica.mail.unsubscribe-key} when set, otherwise one
 * generated on first use and kept in {@code notification_mail_key}, the same for every
 * instance. A token whose signature does not match is refused.
 */
@Component
class UnsubscribeLinks {

	private static final String ALGORITHM = "HmacSHA256";

	private static final int KEY_ID = 1;

	private static final int KEY_BYTES = 32;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final MailSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String publicUrl;

	private volatile SecretKeySpec key;

	UnsubscribeLinks(MailSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			PlatformSettings platform) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.publicUrl = Letters.withoutTrailingSlash(platform.publicUrl());
	}

	/** The one-click link that unsubscribes this person from these categories. */
	String url(Long accountId, Collection<NoticeCategory> categories) {
		return this.publicUrl + "/unsubscribe/" + token(accountId, categories);
	}

	String token(Long accountId, Collection<NoticeCategory> categories) {
		String payload = accountId + ":"
				+ EnumSet.copyOf(categories).stream().map(NoticeCategory::name).collect(Collectors.joining(","));
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ ENCODER.encodeToString(sign(payload));
	}

	/**
	 * The account and categories a token names, when its signature is this platform's;
	 * empty for a token that was changed, cut or made up.
	 */
	Optional<Unsubscription> read(String token) {
		try {
			String[] parts = token.split("\\.", -1);
			if (parts.length != 2) {
				return Optional.empty();
			}
			byte[] payloadBytes = DECODER.decode(parts[0]);
			String payload = new String(payloadBytes, StandardCharsets.UTF_8);
			// compared as the text written, not as decoded bytes: base64's last
			// character has spare bits, so several spellings decode alike
			String signature = ENCODER.encodeToString(sign(payload));
			if (!ENCODER.encodeToString(payloadBytes).equals(parts[0]) || !MessageDigest
				.isEqual(signature.getBytes(StandardCharsets.US_ASCII), parts[1].getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			String[] fields = payload.split(":", -1);
			Set<NoticeCategory> categories = EnumSet.noneOf(NoticeCategory.class);
			for (String category : fields[1].split(",")) {
				categories.add(NoticeCategory.valueOf(category));
			}
			return Optional.of(new Unsubscription(Long.valueOf(fields[0]), categories));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			// not base64, not a number, not a category: not one of ours
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			byte[] secret = this.settings.hasUnsubscribeKey()
					? this.settings.unsubscribeKey().getBytes(StandardCharsets.UTF_8) : storedKey();
			current = new SecretKeySpec(secret, ALGORITHM);
			this.key = current;
		}
		return current;
	}

	/**
	 * The generated key: the first instance to need one stores it, and every instance
	 * uses the stored one.
	 */
	private byte[] storedKey() {
		byte[] generated = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(generated);
		String secret = this.transactions.execute((status) -> {
			this.jdbc.sql(
					"insert into notification_mail_key (id, secret, created_at) values (?, ?, ?) on conflict do nothing")
				.params(KEY_ID, Base64.getEncoder().encodeToString(generated),
						this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
				.update();
			return this.jdbc.sql("select secret from notification_mail_key where id = ?")
				.param(KEY_ID)
				.query(String.class)
				.single();
		});
		return Base64.getDecoder().decode(secret);
	}

	/**
	 * What a valid token names.
	 *
	 * @param accountId the person
	 * @param categories the categories to stop mail about
	 */
	record Unsubscription(Long accountId, Set<NoticeCategory> categories) {
	}

}
