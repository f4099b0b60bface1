package org.practica.club;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.practica.support.HashChain;

/**
 * A line of club spending against a granted request, with its receipt: a line of the
 * spending ledger, hash-chained to the line before it like the hours ledger. Lines are
 * only ever added.
 */
@Entity
@Immutable
@Table(name = "club_spending")
public class Spending {

	static final String ACTION = "SPENT";

	@Id
	private Long seq;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long requestId;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private String receiptKey;

	@Column(nullable = false)
	private String receiptName;

	@Column(nullable = false)
	private String receiptType;

	@Column(nullable = false)
	private String receiptSha256;

	@Column(nullable = false)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Column(nullable = false)
	private String previousHash;

	@Column(nullable = false)
	private String hash;

	protected Spending() {
	}

	Spending(long seq, FundRequest request, BigDecimal amount, String description, String receiptKey,
			String receiptName, String receiptType, String receiptSha256, String recordedBy, Instant recordedAt,
			String previousHash) {
		this.seq = seq;
		this.clubId = request.getClubId();
		this.requestId = request.getId();
		this.amount = amount;
		this.description = description;
		this.receiptKey = receiptKey;
		this.receiptName = receiptName;
		this.receiptType = receiptType;
		this.receiptSha256 = receiptSha256;
		this.recordedBy = recordedBy;
		// the hash takes whole milliseconds, which every database keeps
		this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** What the line records, as its hash covers it. */
	String content() {
		return "club=" + this.clubId + ";amount=" + Money.text(this.amount) + ";description=" + this.description
				+ ";receipt=" + this.receiptSha256;
	}

	/** The hash this line should carry, from what it says and the line before it. */
	String computeHash() {
		return HashChain.hash(this.previousHash, this.seq, this.requestId, ACTION, this.recordedBy, this.recordedAt,
				content());
	}

	public Long getSeq() {
		return this.seq;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getDescription() {
		return this.description;
	}

	public String getReceiptKey() {
		return this.receiptKey;
	}

	public String getReceiptName() {
		return this.receiptName;
	}

	public String getReceiptType() {
		return this.receiptType;
	}

	public String getReceiptSha256() {
		return this.receiptSha256;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	String getPreviousHash() {
		return this.previousHash;
	}

	String getHash() {
		return this.hash;
	}

}
