package org.practica.club;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the spending ledger: the last line's number and hash. Its single row is
 * locked while a line is added, which keeps the chain a chain.
 */
@Entity
@Table(name = "club_spending_head")
class SpendingHead {

	@Id
	private Integer id;

	private long lastSeq;

	private String lastHash;

	protected SpendingHead() {
	}

	void appended(Spending line) {
		this.lastSeq = line.getSeq();
		this.lastHash = line.getHash();
	}

	long getLastSeq() {
		return this.lastSeq;
	}

	String getLastHash() {
		return this.lastHash;
	}

}
