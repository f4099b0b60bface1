package org.practica.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report says, as written in the API or the form; checked by
 * {@link OutcomeReport}, which names each bad field ({@code figures[0].value}).
 *
 * @param title the title
 * @param body plain paragraphs, separated by blank lines
 * @param happenedOn the day it happened, not after today
 * @param figures the reach figures, possibly none
 */
public record OutcomeReportRequest(String title, String body, LocalDate happenedOn, List<FigureRequest> figures) {

	/**
	 * A figure as written.
	 *
	 * @param metric one of {@link Metric}'s names
	 * @param value a whole number, at least 0
	 * @param source where it comes from, or null
	 */
	public record FigureRequest(String metric, BigDecimal value, String source) {
	}

}
