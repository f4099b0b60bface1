package org.practica.notification;

import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a daily job run exactly once a day however many app instances share the database:
 * the first instance to record the day's run claims it, the others find it taken.
 */
@Component
public class DailyJobs {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DailyJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether this instance claimed the job's run for the day. */
	public boolean claim(String job, LocalDate day) {
		try {
			this.transactions.executeWithoutResult(status -> this.jdbc
				.sql("insert into job_run (job, run_date, claimed_at) values (?, ?, current_timestamp)")
				.params(job, java.sql.Date.valueOf(day))
				.update());
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

}
