package org.practica.report;

import java.util.List;

import org.practica.outcome.Figure;
import org.practica.outcome.OutcomeReportPublished;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's own copy of published outcome reports and their figures
 * ({@code report_outcome}, {@code report_outcome_figure}, see V81) from the outcome
 * module's events, after each publication committed, in a transaction of its own. A
 * published report is final, so each row is written once; a delivery that comes again
 * inserts nothing ({@code on conflict do nothing}).
 */
@Component
class OutcomeFigureReadModel {

	private final JdbcClient jdbc;

	OutcomeFigureReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(OutcomeReportPublished event) {
		this.jdbc.sql("""
				insert into report_outcome (report_id, project_id, community_id, community_path, team_id, team_path,
				  direction_top, title, happened_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(event.reportId(), event.projectId(), event.communityId(), event.communityPath(), event.teamId(),
					event.teamPath(), event.directionTop(), event.title(), event.happenedOn())
			.update();
		List<Figure> figures = event.figures() == null ? List.of() : event.figures();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			this.jdbc
				.sql("insert into report_outcome_figure (report_id, ordinal, metric, figure_value) values (?, ?, ?, ?) "
						+ "on conflict do nothing")
				.params(event.reportId(), i, figure.metric().name(), figure.value())
				.update();
		}
	}

}
