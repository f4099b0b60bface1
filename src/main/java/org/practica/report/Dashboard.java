package org.practica.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The summary with the series the dashboard draws: verified hours by month, the teams
 * with the most verified hours, projects and hours by finer direction, and the figures of
 * each child organisation.
 *
 * @param summary the organisation's summary
 * @param byMonth verified hours by month
 * @param topTeams the teams with the most verified hours
 * @param byDirection projects and verified hours by the finer direction of the projects'
 * needs (a top-level one where a need has no finer one), most hours first
 * @param children each child organisation's figures, as its own dashboard shows them, by
 * name
 */
public record Dashboard(Summary summary, List<MonthFigures> byMonth, List<TeamFigures> topTeams,
		List<DirectionFigures> byDirection, List<ChildFigures> children) {

	/** Whether the period has anything to show: no figure other than zero. */
	public boolean isEmpty() {
		return this.summary.students() == 0 && this.summary.projects() == 0
				&& this.summary.verifiedHours().signum() == 0 && this.summary.needsPublished() == 0
				&& this.summary.outcomeReports() == 0;
	}

	/** Verified hours worked in one month, as {@code yyyy-MM}. */
	public record MonthFigures(String month, BigDecimal verifiedHours) {
	}

	/** One team's verified hours. */
	public record TeamFigures(Long teamId, String team, BigDecimal verifiedHours) {
	}

	/**
	 * One direction's projects and verified hours.
	 *
	 * @param direction the direction: a finer one, or a top-level one
	 * @param directionTop its top-level direction (itself for a top-level one)
	 * @param projects the projects created in the period
	 * @param verifiedHours the verified hours worked in the period
	 */
	public record DirectionFigures(String direction, String directionTop, long projects, BigDecimal verifiedHours) {

		/** Whether it is a finer direction under a top-level one. */
		public boolean isFiner() {
			return !this.direction.equals(this.directionTop);
		}

	}

	/**
	 * A child organisation's figures over the period, as its own dashboard counts them.
	 *
	 * @param organisationId the child
	 * @param name its name
	 * @param students distinct students with verified hours
	 * @param projects projects created
	 * @param verifiedHours verified hours worked
	 */
	public record ChildFigures(Long organisationId, String name, long students, long projects,
			BigDecimal verifiedHours) {
	}

}
