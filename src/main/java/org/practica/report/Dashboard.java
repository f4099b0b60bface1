package org.practica.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The summary with the series the dashboard draws: verified hours by month and the teams
 * with the most verified hours.
 */
public record Dashboard(Summary summary, List<MonthFigures> byMonth, List<TeamFigures> topTeams) {

	/** Verified hours worked in one month, as {@code yyyy-MM}. */
	public record MonthFigures(String month, BigDecimal verifiedHours) {
	}

	/** One team's verified hours. */
	public record TeamFigures(Long teamId, String team, BigDecimal verifiedHours) {
	}

}
