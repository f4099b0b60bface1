package org.practica.audit;

import java.time.Clock;

import org.practica.support.Activity;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every {@link Activity} event in the same transaction as the change itself, so
 * the log and the data never disagree. This is one of the few listeners that runs
 * synchronously inside the publishing transaction on purpose: exactness is its point (a
 * change without its log line, or a log line of a change that was rolled back, would make
 * the log lie). Modules that merely react to a change listen after the commit instead.
 */
@Component
class ActivityLog {

	/** The actor of a change about sensitive personal information, not named. */
	static final String WITHHELD = "withheld";

	private final JdbcClient jdbc;

	private final AuditorAware<String> auditor;

	private final Clock clock;

	ActivityLog(JdbcClient jdbc, AuditorAware<String> auditor, Clock clock) {
		this.jdbc = jdbc;
		this.auditor = auditor;
		this.clock = clock;
	}

	@EventListener
	void on(Activity activity) {
		this.jdbc.sql(
				"insert into audit_activity (occurred_at, actor, subject_type, subject_id, action) values (?, ?, ?, ?, ?)")
			.params(java.sql.Timestamp.from(this.clock.instant()),
					activity.withholdsActor() ? WITHHELD : this.auditor.getCurrentAuditor().orElse("system"),
					activity.subjectType(), activity.subjectId(), activity.action())
			.update();
	}

}
