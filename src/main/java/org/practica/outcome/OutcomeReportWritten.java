package org.practica.outcome;

/**
 * A draft report about a project was written.
 *
 * @param reportId the report
 * @param projectId its project
 */
public record OutcomeReportWritten(Long reportId, Long projectId) implements OutcomeActivity {

	@Override
	public String action() {
		return "written";
	}

}
