package org.practica.hours;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
