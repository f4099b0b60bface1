package org.practica.hours;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.practica.support.HashChain;

/**
 * A line of the hours ledger: one thing that happened to one entry, with a hash over its
 * content and the previous line's hash. Lines are only ever added.
 */
@Entity
@Immutable
@Table(name = "hours_ledger")
class LedgerLine {

	static final String GENESIS = HashChain.GENESIS;

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
		// the hash takes the time in milliseconds: keep no finer part, which a database
		// would round (PostgreSQL to microseconds, possibly into the next millisecond)
		this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
		this.content = content;
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** The hash this line should carry, from what it says and the line before it. */
	String computeHash() {
		return HashChain.hash(this.previousHash, this.seq, this.entryId, this.action, this.actor, this.recordedAt,
				this.content);
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
