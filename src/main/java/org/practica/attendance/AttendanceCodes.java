package org.practica.attendance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check-in code of a shift: an HMAC of the shift and the current 30-second window,
 * under a key every app instance shares through the database. A code is accepted in its
 * own window and the next, so it is valid for at most 60 seconds, and it cannot be
 * guessed or carried to another shift.
 */
@Component
class AttendanceCodes {

	static final long WINDOW_SECONDS = 30;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile byte[] key;

	AttendanceCodes(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The code to show now, and when it stops being accepted. */
	Code current(Long shiftId) {
		long window = this.clock.instant().getEpochSecond() / WINDOW_SECONDS;
		return new Code(code(shiftId, window), Instant.ofEpochSecond((window + 2) * WINDOW_SECONDS));
	}

	/** Whether the code is this shift's, shown within the last minute. */
	boolean accepts(Long shiftId, String code) {
		if (code == null) {
			return false;
		}
		String typed = code.strip().toUpperCase(Locale.ROOT);
		long window = this.clock.instant().getEpochSecond() / WINDOW_SECONDS;
		return typed.equals(code(shiftId, window)) || typed.equals(code(shiftId, window - 1));
	}

	private String code(Long shiftId, long window) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] digest = mac.doFinal((shiftId + ":" + window).getBytes(StandardCharsets.UTF_8));
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				code.append(ALPHABET.charAt((digest[i] & 0xFF) % ALPHABET.length()));
			}
			return code.toString();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = HexFormat.of().parseHex(loadOrCreate());
			this.key = current;
		}
		return current;
	}

	private String loadOrCreate() {
		String existing = read();
		if (existing != null) {
			return existing;
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			this.transactions.executeWithoutResult(
					status -> this.jdbc.sql("insert into app_secret (name, secret) values ('attendance', ?)")
						.param(HexFormat.of().formatHex(fresh))
						.update());
		}
		catch (DataIntegrityViolationException ex) {
			// another instance created it first: use theirs
		}
		return read();
	}

	private String read() {
		return this.jdbc.sql("select secret from app_secret where name = 'attendance'")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * A code and the moment it expires.
	 *
	 * @param code the code
	 * @param expiresAt when it stops being accepted
	 */
	record Code(String code, Instant expiresAt) {
	}

}
