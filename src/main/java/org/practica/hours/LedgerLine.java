package org.practica.hours;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A line of the hours ledger: one thing that happened to one entry, with a hash over its
 * content and the previous line's hash. Lines are only ever added.
 */
@Entity
@Immutable
@Table(name = "hours_ledger")
class LedgerLine {

	static final String GENESIS = "0".repeat(64);

	@Id
	private Long seq;

	@Column(nullable = false)
	private Long entryId;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	@Column(nullable = false)
	private String content;

	@Column(nullable = false)
	private String previousHash;

	@Column(nullable = false)
	private String hash;

	protected LedgerLine() {
	}

	LedgerLine(long seq, Long entryId, String action, String actor, Instant recordedAt, String content,
			String previousHash) {
		this.seq = seq;
		this.entryId = entryId;
		this.action = action;
		this.actor = actor;
		this.recordedAt = recordedAt;
		this.content = content;
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** The hash this line should carry, from what it says and the line before it. */
	String computeHash() {
		String text = this.previousHash + "|" + this.seq + "|" + this.entryId + "|" + this.action + "|" + this.actor
				+ "|" + this.recordedAt.toEpochMilli() + "|" + this.content;
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Long getSeq() {
		return this.seq;
	}

	Long getEntryId() {
		return this.entryId;
	}

	String getAction() {
		return this.action;
	}

	String getActor() {
		return this.actor;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	String getContent() {
		return this.content;
	}

	String getPreviousHash() {
		return this.previousHash;
	}

	String getHash() {
		return this.hash;
	}

}
