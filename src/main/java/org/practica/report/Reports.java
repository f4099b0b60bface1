package org.practica.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.outcome.Metric;
import org.practica.support.FieldProblem;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for an organisation's subtree over a period of days, read from the report's own
 * tables only. Verified hours and the students who served them are read from the rollups
 * that {@link HoursRollup} keeps in the same transaction as each verification (per
 * organisation node and day, see docs/reports.md), so a year of a large university sums a
 * few thousand rows; projects and needs are counted by aggregate SQL over the copies that
 * {@link ReportReadModel} keeps from the project and need modules' events.
 *
 * <p>
 * Scope: for a university or college, projects whose team path lies under it and hours
 * whose student path lies under it; for a team, projects and hours whose team path lies
 * under it; for a district, street or community, projects and hours whose community path
 * lies under it, and needs whose organisation path does.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	private static final int TOP_TEAMS = 10;

	/** The most child organisations a dashboard breaks its figures down by. */
	static final int MAX_CHILDREN = 200;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	Reports(Organisations organisations, JdbcClient jdbc, Clock clock) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/** Today in the platform's zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * The period asked for, with the defaults filled in: up to today, from twelve months
	 * before the end; 400 when it ends before it starts.
	 */
	public Period period(LocalDate from, LocalDate to) {
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
		if (end.isBefore(start)) {
			throw FieldProblem.invalid("to", "field.end-date.before-start");
		}
		return new Period(start, end);
	}

	/**
	 * The summary of an organisation the person manages (404 unknown, 403 not theirs)
	 * over the period, both days included.
	 * <ul>
	 * <li>{@code students}: distinct students with VERIFIED hours whose work date lies in
	 * the period, in scope;</li>
	 * <li>{@code projects}: projects in scope created in the period (not those merely
	 * active in it);</li>
	 * <li>{@code verifiedHours}: the sum of VERIFIED hours with their work date in the
	 * period, in scope;</li>
	 * <li>{@code needsPublished}: for a locality, its needs first published in the period
	 * (whatever their status now); for a university side, the needs published in the
	 * period that became a project with one of its teams;</li>
	 * <li>{@code needsMatched}: of those, the needs that have a project (on the
	 * university side, all of them);</li>
	 * <li>{@code byDirection}: by the project's top-level direction, the projects counted
	 * above and the verified hours counted above, most hours first;</li>
	 * <li>{@code outcomeReports} and {@code outcomes}: the published outcome reports of
	 * projects in scope that happened in the period, and the sums of their figures by
	 * metric.</li>
	 * </ul>
	 */
	public Summary summary(CurrentUser by, Long organisationId, Period period) {
		return summary(scope(by, organisationId), period);
	}

	/** The summary with the dashboard's series: hours by month and the top teams. */
	public Dashboard dashboard(CurrentUser by, Long organisationId, Period period) {
		Organisation organisation = this.organisations.getManaged(by, organisationId);
		ReportScope scope = new ReportScope(organisation);
		return new Dashboard(summary(scope, period), byMonth(scope, period), topTeams(scope, period),
				byDirection(scope, period), children(organisation, period));
	}

	private ReportScope scope(CurrentUser by, Long organisationId) {
		return new ReportScope(this.organisations.getManaged(by, organisationId));
	}

	/**
	 * Projects and verified hours by the finer direction of the projects' needs, most
	 * hours first, then most projects.
	 */
	private List<Dashboard.DirectionFigures> byDirection(ReportScope scope, Period period) {
		Map<String, String[]> keys = new TreeMap<>();
		Map<String, BigDecimal> hours = new TreeMap<>();
		Map<String, Long> projects = new TreeMap<>();
		query("select r.direction, r.direction_top, sum(r.hours) from report_hours r "
				+ "where r.side = :side and r.scope_path = :scope and r.work_date between :from and :to "
				+ "group by r.direction, r.direction_top", scope, period)
			.query((rs, row) -> {
				keys.put(rs.getString(1), new String[] { rs.getString(1), rs.getString(2) });
				hours.put(rs.getString(1), rs.getBigDecimal(3));
				return null;
			})
			.list();
		query("select p.direction, p.direction_top, count(*) from report_project p where p." + scope.projectColumn()
				+ " like :path and p.created_at >= :start and p.created_at < :end group by p.direction, p.direction_top",
				scope, period)
			.query((rs, row) -> {
				keys.put(rs.getString(1), new String[] { rs.getString(1), rs.getString(2) });
				projects.put(rs.getString(1), rs.getLong(3));
				return null;
			})
			.list();
		List<Dashboard.DirectionFigures> figures = new ArrayList<>();
		keys.forEach((code, key) -> figures.add(new Dashboard.DirectionFigures(key[0], key[1],
				projects.getOrDefault(code, 0L), hours.getOrDefault(code, BigDecimal.ZERO))));
		figures.sort(Comparator.comparing(Dashboard.DirectionFigures::verifiedHours)
			.reversed()
			.thenComparing(Comparator.comparingLong(Dashboard.DirectionFigures::projects).reversed())
			.thenComparing(Dashboard.DirectionFigures::direction));
		return figures;
	}

	/**
	 * Each child organisation's students, projects and verified hours over the period, as
	 * its own dashboard counts them (its own scope: a college's students, a team's own
	 * hours, a street's communities), by name. Three grouped queries per kind of child,
	 * whatever their number.
	 */
	private List<Dashboard.ChildFigures> children(Organisation parent, Period period) {
		List<Organisation> children = this.organisations
			.search(null, parent.getId(), null, PageRequest.of(0, MAX_CHILDREN, Sort.by("name")))
			.getContent();
		Map<Long, long[]> counts = new LinkedHashMap<>();
		Map<Long, BigDecimal> hours = new LinkedHashMap<>();
		Map<String, List<Organisation>> bySide = new LinkedHashMap<>();
		for (Organisation child : children) {
			counts.put(child.getId(), new long[2]);
			hours.put(child.getId(), BigDecimal.ZERO);
			bySide.computeIfAbsent(new ReportScope(child).side(), (side) -> new ArrayList<>()).add(child);
		}
		Map<String, Long> idByPath = children.stream()
			.collect(Collectors.toMap(Organisation::getPath, Organisation::getId));
		bySide.forEach((side, ofSide) -> {
			Map<String, Object> parameters = Map.of("side", side, "paths",
					ofSide.stream().map(Organisation::getPath).toList(), "from", period.from(), "to", period.to());
			this.jdbc
				.sql("select r.scope_path, sum(r.hours) from report_hours r where r.side = :side "
						+ "and r.scope_path in (:paths) and r.work_date between :from and :to group by r.scope_path")
				.params(parameters)
				.query((rs, row) -> hours.put(idByPath.get(rs.getString(1)), rs.getBigDecimal(2)))
				.list();
			this.jdbc
				.sql("select r.scope_path, count(*) from report_students r where r.side = :side "
						+ "and r.scope_path in (:paths) and r.work_date between :from and :to "
						+ "and (r.prev_day is null or r.prev_day < :from) group by r.scope_path")
				.params(parameters)
				.query((rs, row) -> counts.get(idByPath.get(rs.getString(1)))[0] = rs.getLong(2))
				.list();
		});
		if (!children.isEmpty()) {
			// a project counts for the child whose path its own begins with
			ReportScope scope = new ReportScope(parent);
			String column = scope.projectColumn();
			query("select p." + column + ", count(*) from report_project p where p." + column
					+ " like :path and p.created_at >= :start and p.created_at < :end group by p." + column, scope,
					period)
				.query((rs, row) -> {
					for (Organisation child : children) {
						if (rs.getString(1).startsWith(child.getPath())) {
							counts.get(child.getId())[1] += rs.getLong(2);
						}
					}
					return null;
				})
				.list();
		}
		return children.stream()
			.map((child) -> new Dashboard.ChildFigures(child.getId(), child.getName(), counts.get(child.getId())[0],
					counts.get(child.getId())[1], hours.get(child.getId())))
			.toList();
	}

	private Summary summary(ReportScope scope, Period period) {
		// each student of the period has exactly one day in it whose previous day is
		// before it
		long students = query(
				"select count(*) from report_students r where r.side = :side and r.scope_path = :scope "
						+ "and r.work_date between :from and :to and (r.prev_day is null or r.prev_day < :from)",
				scope, period)
			.query(Long.class)
			.single();
		Map<String, BigDecimal> hoursByDirection = query("select r.direction_top, sum(r.hours) from report_hours r "
				+ "where r.side = :side and r.scope_path = :scope and r.work_date between :from and :to "
				+ "group by r.direction_top", scope, period)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		BigDecimal hours = hoursByDirection.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		String projectsInScope = "from report_project p where p." + scope.projectColumn()
				+ " like :path and p.created_at >= :start and p.created_at < :end";
		long projects = query("select count(*) " + projectsInScope, scope, period).query(Long.class).single();
		String needs = scope.universitySide()
				? "from report_need n where n.published_at >= :start and n.published_at < :end and n.need_id in "
						+ "(select p.need_id from report_project p where p.team_path like :path)"
				: "from report_need n where n.organisation_path like :path and n.published_at >= :start "
						+ "and n.published_at < :end";
		long needsPublished = query("select count(*) " + needs, scope, period).query(Long.class).single();
		long needsMatched = scope.universitySide() ? needsPublished
				: query("select count(*) " + needs
						+ " and exists (select 1 from report_project m where m.need_id = n.need_id)", scope, period)
					.query(Long.class)
					.single();
		Map<String, Long> projectsByDirection = query(
				"select p.direction_top, count(*) " + projectsInScope + " group by p.direction_top", scope, period)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, Summary.DirectionFigures> byDirection = new TreeMap<>();
		projectsByDirection.forEach((code, count) -> byDirection.put(code,
				new Summary.DirectionFigures(code, count, hoursByDirection.getOrDefault(code, BigDecimal.ZERO))));
		hoursByDirection.forEach((code, sum) -> byDirection.putIfAbsent(code,
				new Summary.DirectionFigures(code, projectsByDirection.getOrDefault(code, 0L), sum)));
		List<Summary.DirectionFigures> directions = new ArrayList<>(byDirection.values());
		directions.sort(Comparator.comparing(Summary.DirectionFigures::verifiedHours)
			.reversed()
			.thenComparing(Summary.DirectionFigures::direction));
		String outcomesInScope = "from report_outcome o where o." + scope.projectColumn()
				+ " like :path and o.happened_on between :from and :to";
		long outcomeReports = query("select count(*) " + outcomesInScope, scope, period).query(Long.class).single();
		Map<String, Long> outcomes = new LinkedHashMap<>();
		for (Metric metric : Metric.values()) {
			outcomes.put(metric.name(), 0L);
		}
		query("select f.metric, sum(f.figure_value) from report_outcome_figure f where f.report_id in (select o.report_id "
				+ outcomesInScope + ") group by f.metric", scope, period)
			.query((rs, row) -> outcomes.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new Summary(students, projects, hours, needsPublished, needsMatched, directions, outcomeReports,
				outcomes);
	}

	private List<Dashboard.MonthFigures> byMonth(ReportScope scope, Period period) {
		Map<String, BigDecimal> months = new LinkedHashMap<>();
		for (LocalDate month = period.from().withDayOfMonth(1); !month.isAfter(period.to()); month = month
			.plusMonths(1)) {
			months.put(month.toString().substring(0, 7), BigDecimal.ZERO);
		}
		query("select extract(year from r.work_date), extract(month from r.work_date), sum(r.hours) "
				+ "from report_hours r where r.side = :side and r.scope_path = :scope "
				+ "and r.work_date between :from and :to "
				+ "group by extract(year from r.work_date), extract(month from r.work_date)", scope, period)
			.query((rs, row) -> Map.entry("%04d-%02d".formatted(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3)))
			.list()
			.forEach((entry) -> months.put(entry.getKey(), entry.getValue()));
		return months.entrySet().stream().map((e) -> new Dashboard.MonthFigures(e.getKey(), e.getValue())).toList();
	}

	private List<Dashboard.TeamFigures> topTeams(ReportScope scope, Period period) {
		List<Map.Entry<Long, BigDecimal>> rows = query("select r.team_path, sum(r.hours) from report_team_hours r "
				+ "where r.side = :side and r.scope_path = :scope and r.work_date between :from and :to "
				+ "group by r.team_path order by sum(r.hours) desc, r.team_path fetch first " + TOP_TEAMS
				+ " rows only", scope, period)
			.query((rs, row) -> Map.entry(lastId(rs.getString(1)), rs.getBigDecimal(2)))
			.list();
		Map<Long, String> names = this.organisations.all(rows.stream().map(Map.Entry::getKey).toList())
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		return rows.stream()
			.map((row) -> new Dashboard.TeamFigures(row.getKey(), names.getOrDefault(row.getKey(), ""), row.getValue()))
			.toList();
	}

	private static Long lastId(String path) {
		String trimmed = path.substring(0, path.length() - 1);
		return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
	}

	private JdbcClient.StatementSpec query(String sql, ReportScope scope, Period period) {
		// The prefix is written into the statement rather than bound: PostgreSQL reuses a
		// generic plan for a prepared statement run often, and a generic plan of
		// "like ?" cannot use the path index, so it scans the table.
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.replace(":path", scope.likeLiteral()));
		Map<String, Object> parameters = Map.of("side", scope.side(), "scope", scope.path(), "from", period.from(),
				"to", period.to(), "start", startOf(period.from()), "end", startOf(period.to().plusDays(1)));
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			if (sql.contains(":" + parameter.getKey())) {
				statement = statement.param(parameter.getKey(), parameter.getValue());
			}
		}
		return statement;
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toOffsetDateTime();
	}

	/** A period of days, both included. */
	public record Period(LocalDate from, LocalDate to) {
	}

}
