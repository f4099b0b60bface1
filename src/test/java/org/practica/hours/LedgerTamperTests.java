package org.practica.hours;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row changed directly in the database, behind the application's back, is found and
 * named.
 */
class LedgerTamperTests extends ApiTestSupport {

	@Autowired
	private LedgerCheck check;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aLineRecordedInTheLastMicrosecondOfAMillisecondKeepsItsHashWhenStored() throws Exception {
		Long entry = Long.valueOf(served(world()).entry());
		// PostgreSQL rounds this to .644000, into the next millisecond
		Instant late = Instant.parse("2026-11-28T08:35:51.643999700Z");
		this.transactions.executeWithoutResult((status) -> {
			LedgerLine line = new LedgerLine(Long.MAX_VALUE - 1, entry, "TEST", "test", late, "content",
					LedgerLine.GENESIS);
			this.entityManager.persist(line);
			this.entityManager.flush();
			this.entityManager.clear();
			LedgerLine stored = this.entityManager.find(LedgerLine.class, line.getSeq());
			assertThat(stored.computeHash()).isEqualTo(stored.getHash());
			status.setRollbackOnly();
		});
	}

	@Test
	void anAlteredEntryIsNamed() throws Exception {
		World world = world();
		Served served = served(world);
		assertThat(this.check.run().intact()).isTrue();
		Long entry = Long.valueOf(served.entry());
		this.jdbc.update("update hours_entry set hours = 8 where id = ?", entry);
		try {
			LedgerCheck.Report report = this.check.run();
			assertThat(report.intact()).isFalse();
			assertThat(report.brokenEntry()).isEqualTo(entry);
			assertThat(report.messageKey()).isEqualTo("ledger.broken.entry");
		}
		finally {
			this.jdbc.update("update hours_entry set hours = 1.5 where id = ?", entry);
		}
		assertThat(this.check.run().intact()).isTrue();
	}

	@Test
	void anAlteredLineIsNamedByItsNumber() throws Exception {
		World world = world();
		Served served = served(world);
		Long seq = this.jdbc.queryForObject("select max(seq) from hours_ledger where entry_id = ?", Long.class,
				Long.valueOf(served.entry()));
		String content = this.jdbc.queryForObject("select content from hours_ledger where seq = ?", String.class, seq);
		this.jdbc.update("update hours_ledger set content = ? where seq = ?", content.replace("hours=1.5", "hours=9"),
				seq);
		try {
			LedgerCheck.Report report = this.check.run();
			assertThat(report.intact()).isFalse();
			assertThat(report.brokenLine()).isEqualTo(seq);
			assertThat(report.messageKey()).isEqualTo("ledger.broken.hash");
		}
		finally {
			this.jdbc.update("update hours_ledger set content = ? where seq = ?", content, seq);
		}
		assertThat(this.check.run().intact()).isTrue();
	}

}
