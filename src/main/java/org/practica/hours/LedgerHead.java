package org.practica.hours;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the ledger: the last line's number and hash. Its single row is locked while
 * a line is added, which keeps the chain a chain.
 */
@Entity
@Table(name = "hours_ledger_head")
class LedgerHead {

	@Id
	private Integer id;

	private long lastSeq;

	private String lastHash;

	protected LedgerHead() {
	}

	LedgerLine append(Long entryId, String action, String actor, java.time.Instant at, String content) {
		LedgerLine line = new LedgerLine(this.lastSeq + 1, entryId, action, actor, at, content, this.lastHash);
		this.lastSeq = line.getSeq();
		this.lastHash = line.getHash();
		return line;
	}

	long getLastSeq() {
		return this.lastSeq;
	}

	String getLastHash() {
		return this.lastHash;
	}

}
