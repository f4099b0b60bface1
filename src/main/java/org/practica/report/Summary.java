package org.practica.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an organisation's subtree produced in a period. See {@link Reports#summary} for
 * the definition of each figure.
 *
 * @param students distinct students with verified hours in the period
 * @param projects projects in scope created in the period
 * @param verifiedHours the sum of verified hours worked in the period
 * @param needsPublished needs in scope published in the period
 * @param needsMatched of those, the needs that have a project
 * @param byDirection projects and verified hours by top-level direction
 * @param outcomeReports published outcome reports in scope that happened in the period
 * @param outcomes the sum of those reports' figures by metric ({@code VIEWERS},
 * {@code LIKES}, {@code PEOPLE_SERVED}, {@code ACTIVITIES}, {@code VOLUNTEERS}), every
 * metric present
 */
public record Summary(long students, long projects, BigDecimal verifiedHours, long needsPublished, long needsMatched,
		List<DirectionFigures> byDirection, long outcomeReports, Map<String, Long> outcomes) {

	/** One top-level direction's projects and verified hours. */
	public record DirectionFigures(String direction, long projects, BigDecimal verifiedHours) {
	}

}
