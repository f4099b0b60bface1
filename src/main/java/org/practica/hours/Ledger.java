package org.practica.hours;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the ledger's lines, one at a time, each chained to the one before.
 */
@Component
class Ledger {

	static final String CREATED = "CREATED";

	private final LedgerHeadRepository heads;

	private final LedgerLineRepository lines;

	private final Clock clock;

	Ledger(LedgerHeadRepository heads, LedgerLineRepository lines, Clock clock) {
		this.heads = heads;
		this.lines = lines;
		this.clock = clock;
	}

	/** A new entry's content. */
	@Transactional(propagation = Propagation.MANDATORY)
	void created(HoursEntry entry, String actor, String evidenceSha256) {
		String content = entry.content() + (evidenceSha256 == null ? "" : ";evidence=" + evidenceSha256);
		append(entry.getId(), CREATED, actor, content);
	}

	/** A move of an entry's status, such as VERIFIED or DISPUTED. */
	@Transactional(propagation = Propagation.MANDATORY)
	void moved(HoursEntry entry, String action, String actor, String detail) {
		append(entry.getId(), action, actor, "status=" + entry.getStatus() + (detail == null ? "" : ";" + detail));
	}

	private void append(Long entryId, String action, String actor, String content) {
		LedgerHead head = this.heads.lockHead().orElseThrow(() -> new IllegalStateException("No ledger head"));
		this.lines.save(head.append(entryId, action, actor, this.clock.instant(), content));
	}

}
