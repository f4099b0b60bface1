package org.practica.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.practica.direction.Directions;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.hours.HoursFigures;
import org.practica.outcome.Metric;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.Meters;
import org.practica.support.Problem;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exports of the hours entries and the projects of an organisation's subtree over a
 * period, in the summary's scope (see {@link Reports}). Rows are read with a database
 * cursor (a fetch size inside a read-only transaction, which on PostgreSQL keeps
 * autocommit off so the driver really fetches in batches): the entries through the hours
 * module ({@link HoursFigures}), the projects from the report's own copy; the names they
 * point at are looked up through their modules a batch of rows at a time
 * ({@link ExportNames}). Rows are written as they come, so an export of a million entries
 * holds a batch and a bounded set of names in memory.
 * <ul>
 * <li>Hours: every entry in scope whose work date lies in the period, whatever its status
 * (pending, verified, disputed, superseded), with the status in a column: a university
 * office sees what is still open, and only the rows marked verified add up to the
 * summary's verified hours. Ordered by work date, then entry.</li>
 * <li>Projects: the projects in scope created in the period (those the summary counts),
 * each with its distinct students holding a confirmed sign-up and its verified hours
 * worked in the period in scope. Ordered by creation.</li>
 * </ul>
 */
@Service
class ReportExports {

	private static final int FETCH_SIZE = 1000;

	/** Rows whose names are looked up at once. */
	private static final int BATCH = 1000;

	/** The most data rows an XLSX sheet holds below its header (Excel's limit). */
	static final long XLSX_MAX_ROWS = 1_048_575;

	private long xlsxMaxRows = XLSX_MAX_ROWS;

	private final Reports reports;

	private final Organisations organisations;

	private final Directions directions;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final HoursFigures hours;

	private final Accounts accounts;

	private final Projects projects;

	private final EntityManager entityManager;

	private final ZoneId zone;

	private final Semaphore slots;

	ReportExports(Reports reports, Organisations organisations, Directions directions, MessageSource messages,
			DataSource dataSource, HoursFigures hours, Accounts accounts, Projects projects,
			EntityManager entityManager, Clock clock, ReportSettings settings, MeterRegistry meters) {
		this.reports = reports;
		this.organisations = organisations;
		this.directions = directions;
		this.messages = messages;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.hours = hours;
		this.accounts = accounts;
		this.projects = projects;
		this.entityManager = entityManager;
		this.zone = clock.getZone();
		this.slots = new Semaphore(settings.exportsAtOnce());
		// practica_exports_running on /actuator/prometheus
		Gauge
			.builder(Meters.PREFIX + "exports.running", this.slots,
					s -> settings.exportsAtOnce() - s.availablePermits())
			.description("XLSX and CSV exports being written now (at most practica.reports.exports-at-once)")
			.register(meters);
	}

	/**
	 * Takes one of the few slots exports run in at once, to be closed when the export is
	 * written; 429 when all are taken. A long export holds a request thread and a
	 * database connection, and the server has few of each (see application.yml), so a
	 * handful of exports must never starve everything else.
	 */
	Slot start() {
		if (!this.slots.tryAcquire()) {
			throw Problem.busy("report.export.busy");
		}
		return this.slots::release;
	}

	/**
	 * What is to be exported: an organisation the person manages (404 unknown, 403 not
	 * theirs) and the period, defaults filled in (400 when it ends before it starts).
	 * Checked before anything is written.
	 */
	Export prepare(CurrentUser by, Long organisationId, LocalDate from, LocalDate to) {
		Organisation organisation = this.organisations.getManaged(by, organisationId);
		return new Export(organisation, this.reports.period(from, to));
	}

	/**
	 * Refuses (422) an XLSX export with more rows than a sheet holds, before anything is
	 * written: the CSV has no such limit.
	 */
	@Transactional(readOnly = true)
	public void checkFits(Export export, Kind kind, ExportFormat format) {
		if (format != ExportFormat.XLSX) {
			return;
		}
		ReportScope scope = new ReportScope(export.organisation());
		Reports.Period period = export.period();
		long rows = switch (kind) {
			case HOURS -> this.hours.count(scope.hours(), period.from(), period.to());
			case PROJECTS ->
				this.jdbc.queryForObject("select count(*) from report_project p where " + projectsInScope(scope),
						Long.class, scope.like(), startOf(period.from()), startOf(period.to().plusDays(1)));
			case OUTCOMES ->
				this.jdbc.queryForObject("select count(*) from report_outcome o where " + outcomesInScope(scope),
						Long.class, scope.like(), period.from(), period.to());
		};
		if (rows > this.xlsxMaxRows) {
			throw Problem.unprocessable("report.export.too-many-rows", rows, this.xlsxMaxRows);
		}
	}

	/** The file's name: what it holds, the organisation and the period. */
	String fileName(Export export, Kind kind, ExportFormat format, Locale locale) {
		String organisation = export.organisation().getName().strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
		return "%s-%s-%s-%s.%s".formatted(message("report.export.file." + kind.key(), locale), organisation,
				export.period().from(), export.period().to(), format.extension());
	}

	/** Writes the export's table in the format, reading its rows in one transaction. */
	@Transactional(readOnly = true)
	public void write(Export export, Kind kind, ExportFormat format, Locale locale, OutputStream out)
			throws IOException {
		ExportTable table = switch (kind) {
			case HOURS -> hours(export, locale);
			case PROJECTS -> projects(export, locale);
			case OUTCOMES -> outcomes(export, locale);
		};
		format.write(table, out);
	}

	private ExportTable hours(Export export, Locale locale) {
		ReportScope scope = new ReportScope(export.organisation());
		Function<String, String> statuses = labels("hours.status.", locale);
		Function<String, String> sources = labels("hours.source.", locale);
		List<String> headers = headers(locale, "entry", "student", "student-number", "college", "project", "community",
				"team", "work-date", "hours", "status", "source", "verified-at");
		ExportNames names = names();
		return new ExportTable(message("report.export.file.hours", locale), headers, (row) -> this.hours
			.forEachBatch(scope.hours(), export.period().from(), export.period().to(), BATCH, (lines) -> {
				names.load(lines.stream().map(HoursFigures.Line::studentId).toList(),
						lines.stream().map(HoursFigures.Line::projectId).toList());
				for (HoursFigures.Line line : lines) {
					Account student = names.person(line.studentId());
					Project project = names.project(line.projectId());
					row.accept(new Object[] { line.id(), student.getDisplayName(), student.getStudentNumber(),
							names.organisation(student.getOrganisationId()), project.getTitle(),
							names.organisation(project.getCommunityId()), names.organisation(project.getTeamId()),
							line.workDate(), line.hours(), statuses.apply(line.status().name()),
							sources.apply(line.source().name()), time(line.communityVerifiedAt()) });
				}
				forget();
			}));
	}

	private ExportTable projects(Export export, Locale locale) {
		ReportScope scope = new ReportScope(export.organisation());
		Function<String, String> statuses = labels("project.status.", locale);
		Map<String, String> directionNames = this.directions.names(locale);
		List<String> headers = headers(locale, "id", "title", "community", "team", "direction", "project-status",
				"created", "students", "verified-hours");
		Reports.Period period = export.period();
		ExportNames names = names();
		return new ExportTable(message("report.export.file.projects", locale), headers, (row) -> {
			List<ProjectLine> batch = new ArrayList<>(BATCH);
			Runnable flush = () -> {
				List<Long> ids = batch.stream().map(ProjectLine::id).toList();
				names.load(List.of(), ids);
				Map<Long, Long> students = studentsWithSeats(ids);
				Map<Long, BigDecimal> hours = this.hours.verifiedByProject(ids, scope.hours(), period.from(),
						period.to());
				for (ProjectLine line : batch) {
					Project project = names.project(line.id());
					String direction = project.getDirection();
					row.accept(new Object[] { line.id(), project.getTitle(), names.organisation(line.communityId()),
							names.organisation(line.teamId()), directionNames.getOrDefault(direction, direction),
							statuses.apply(line.status()), time(line.createdAt()), students.getOrDefault(line.id(), 0L),
							hours.getOrDefault(line.id(), BigDecimal.ZERO) });
				}
				batch.clear();
				forget();
			};
			this.jdbc.query("""
					select p.project_id, p.community_id, p.team_id, p.status, p.created_at from report_project p
					where %s order by p.created_at, p.project_id""".formatted(projectsInScope(scope)),
					(ResultSet rs) -> {
						batch.add(new ProjectLine(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
								rs.getString(4), rs.getTimestamp(5).toInstant()));
						if (batch.size() == BATCH) {
							flush.run();
						}
					}, scope.like(), startOf(period.from()), startOf(period.to().plusDays(1)));
			if (!batch.isEmpty()) {
				flush.run();
			}
		});
	}

	/**
	 * The published outcome reports of projects in scope that happened in the period
	 * (those the summary sums), each with the sum of its figures per metric, a column
	 * each.
	 */
	private ExportTable outcomes(Export export, Locale locale) {
		ReportScope scope = new ReportScope(export.organisation());
		Reports.Period period = export.period();
		List<String> headers = new ArrayList<>(
				headers(locale, "outcome-report", "title", "project", "community", "team", "happened-on"));
		for (Metric metric : Metric.values()) {
			headers.add(message("outcome.metric." + metric.name(), locale));
		}
		ExportNames names = names();
		return new ExportTable(message("report.export.file.outcomes", locale), headers, (row) -> {
			List<OutcomeLine> batch = new ArrayList<>(BATCH);
			Runnable flush = () -> {
				names.load(List.of(), batch.stream().map(OutcomeLine::projectId).toList());
				Map<Long, Map<String, Long>> sums = figureSums(batch.stream().map(OutcomeLine::id).toList());
				for (OutcomeLine line : batch) {
					Object[] cells = new Object[6 + Metric.values().length];
					cells[0] = line.id();
					cells[1] = line.title();
					cells[2] = names.project(line.projectId()).getTitle();
					cells[3] = names.organisation(line.communityId());
					cells[4] = names.organisation(line.teamId());
					cells[5] = line.happenedOn();
					Map<String, Long> figures = sums.getOrDefault(line.id(), Map.of());
					for (Metric metric : Metric.values()) {
						cells[6 + metric.ordinal()] = figures.getOrDefault(metric.name(), 0L);
					}
					row.accept(cells);
				}
				batch.clear();
				forget();
			};
			this.jdbc.query("select o.report_id, o.title, o.project_id, o.community_id, o.team_id, o.happened_on "
					+ "from report_outcome o where " + outcomesInScope(scope) + " order by o.happened_on, o.report_id",
					(ResultSet rs) -> {
						batch.add(new OutcomeLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
								(Long) rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class)));
						if (batch.size() == BATCH) {
							flush.run();
						}
					}, scope.like(), period.from(), period.to());
			if (!batch.isEmpty()) {
				flush.run();
			}
		});
	}

	/** The sum of each report's figures by metric. */
	private Map<Long, Map<String, Long>> figureSums(List<Long> reportIds) {
		Map<Long, Map<String, Long>> sums = new HashMap<>();
		this.jdbc.query("select f.report_id, f.metric, sum(f.figure_value) from report_outcome_figure f "
				+ "where f.report_id in (" + String.join(",", reportIds.stream().map((id) -> "?").toList())
				+ ") group by f.report_id, f.metric", (ResultSet rs) -> {
					sums.computeIfAbsent(rs.getLong(1), (id) -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
				}, reportIds.toArray());
		return sums;
	}

	/** A published outcome report of the read model, in an export. */
	private record OutcomeLine(long id, String title, long projectId, long communityId, Long teamId,
			LocalDate happenedOn) {
	}

	private static String outcomesInScope(ReportScope scope) {
		return "o." + scope.projectColumn() + " like ? and o.happened_on between ? and ?";
	}

	/** How many distinct students hold a seat on a shift of each project. */
	private Map<Long, Long> studentsWithSeats(List<Long> projectIds) {
		Map<Long, Long> students = new HashMap<>();
		this.jdbc.query("select s.project_id, count(distinct s.student_id) from report_signup s where s.project_id in ("
				+ String.join(",", projectIds.stream().map((id) -> "?").toList())
				+ ") and s.confirmed = true and s.cancelled = false group by s.project_id", (ResultSet rs) -> {
					students.put(rs.getLong(1), rs.getLong(2));
				}, projectIds.toArray());
		return students;
	}

	private ExportNames names() {
		return new ExportNames(this.accounts, this.organisations, this.projects);
	}

	/**
	 * Lets go of the entities the batch's look-ups loaded: the export's transaction would
	 * otherwise keep every one of them until it ends. The export only reads.
	 */
	private void forget() {
		this.entityManager.clear();
	}

	private static String projectsInScope(ReportScope scope) {
		return "p." + scope.projectColumn() + " like ? and p.created_at >= ? and p.created_at < ?";
	}

	/** A project of the read model, in an export. */
	private record ProjectLine(long id, long communityId, Long teamId, String status, Instant createdAt) {
	}

	private List<String> headers(Locale locale, String... columns) {
		return Stream.of(columns).map((column) -> message("report.export.column." + column, locale)).toList();
	}

	/** The translated names of a column's codes, looked up once each. */
	private Function<String, String> labels(String prefix, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		return (code) -> (code == null) ? null : labels.computeIfAbsent(code, (c) -> message(prefix + c, locale));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private LocalDateTime time(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, this.zone);
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toOffsetDateTime();
	}

	/** A running export's slot, given back on close. */
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

	/** What the two exports hold. */
	enum Kind {

		HOURS("hours"), PROJECTS("projects"), OUTCOMES("outcomes");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

		String key() {
			return this.key;
		}

	}

	/** An organisation the caller manages and a period, both checked. */
	record Export(Organisation organisation, Reports.Period period) {
	}

}
