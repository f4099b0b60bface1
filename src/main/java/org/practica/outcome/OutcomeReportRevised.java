package org.practica.outcome;

/**
 * A draft report's title, text, date or figures were rewritten.
 *
 * @param reportId the report
 */
public record OutcomeReportRevised(Long reportId) implements OutcomeActivity {

	@Override
	public String action() {
		return "revised";
	}

}
