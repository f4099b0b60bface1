package org.practica.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.Problem;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exports of the hours entries and the projects of an organisation's subtree over a
 * period, in the summary's scope (see {@link Reports}). Rows are read with a database
 * cursor (a fetch size inside a read-only transaction, which on PostgreSQL keeps
 * autocommit off so the driver really fetches in batches) and written as they come, so an
 * export of a million entries holds only a few rows in memory.
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

	/** The most data rows an XLSX sheet holds below its header (Excel's limit). */
	static final long XLSX_MAX_ROWS = 1_048_575;

	private long xlsxMaxRows = XLSX_MAX_ROWS;

	private final Reports reports;

	private final Organisations organisations;

	private final Directions directions;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final Semaphore slots;

	ReportExports(Reports reports, Organisations organisations, Directions directions, MessageSource messages,
			DataSource dataSource, Clock clock, ReportSettings settings) {
		this.reports = reports;
		this.organisations = organisations;
		this.directions = directions;
		this.messages = messages;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.zone = clock.getZone();
		this.slots = new Semaphore(settings.exportsAtOnce());
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
		long rows = (kind == Kind.HOURS)
				? this.jdbc.queryForObject("select count(*) from hours_entry h where " + hoursInScope(scope),
						Long.class, scope.like(), period.from(), period.to())
				: this.jdbc.queryForObject("select count(*) from project p where " + projectsInScope(scope), Long.class,
						scope.like(), startOf(period.from()), startOf(period.to().plusDays(1)));
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
		format.write(kind == Kind.HOURS ? hours(export, locale) : projects(export, locale), out);
	}

	private ExportTable hours(Export export, Locale locale) {
		ReportScope scope = new ReportScope(export.organisation());
		Function<String, String> statuses = labels("hours.status.", locale);
		Function<String, String> sources = labels("hours.source.", locale);
		String sql = """
				select h.id, a.display_name, a.student_number, c.name, p.title, m.name, t.name, h.work_date, h.hours,
				  h.status, h.source, h.community_verified_at
				from hours_entry h
				join account a on a.id = h.student_id
				left join organisation c on c.id = a.organisation_id
				join project p on p.id = h.project_id
				join organisation m on m.id = p.community_id
				left join organisation t on t.id = p.team_id
				where %s
				order by h.work_date, h.id
				""".formatted(hoursInScope(scope));
		List<String> headers = headers(locale, "entry", "student", "student-number", "college", "project", "community",
				"team", "work-date", "hours", "status", "source", "verified-at");
		return new ExportTable(message("report.export.file.hours", locale), headers,
				(row) -> this.jdbc.query(sql, (ResultSet rs) -> {
					row.accept(new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), day(rs.getDate(8)), rs.getBigDecimal(9),
							statuses.apply(rs.getString(10)), sources.apply(rs.getString(11)),
							time(rs.getTimestamp(12)) });
				}, scope.like(), export.period().from(), export.period().to()));
	}

	private ExportTable projects(Export export, Locale locale) {
		ReportScope scope = new ReportScope(export.organisation());
		Function<String, String> statuses = labels("project.status.", locale);
		Map<String, String> directionNames = this.directions.names(locale);
		String sql = """
				select p.id, p.title, m.name, t.name, p.direction, p.status, p.created_at,
				  (select count(distinct s.student_id) from signup s where s.project_id = p.id and s.status = 'CONFIRMED'),
				  (select coalesce(sum(h.hours), 0) from hours_entry h where h.project_id = p.id and h.status = 'VERIFIED'
				    and h.work_date between ? and ? and h.%s like ?)
				from project p
				join organisation m on m.id = p.community_id
				left join organisation t on t.id = p.team_id
				where p.%s like ? and p.created_at >= ? and p.created_at < ?
				order by p.created_at, p.id
				"""
			.formatted(scope.hoursColumn(), scope.projectColumn());
		List<String> headers = headers(locale, "id", "title", "community", "team", "direction", "project-status",
				"created", "students", "verified-hours");
		Reports.Period period = export.period();
		return new ExportTable(message("report.export.file.projects", locale), headers,
				(row) -> this.jdbc.query(sql, (ResultSet rs) -> {
					String direction = rs.getString(5);
					row.accept(new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							directionNames.getOrDefault(direction, direction), statuses.apply(rs.getString(6)),
							time(rs.getTimestamp(7)), rs.getLong(8), rs.getBigDecimal(9) });
				}, period.from(), period.to(), scope.like(), scope.like(), startOf(period.from()),
						startOf(period.to().plusDays(1))));
	}

	private static String hoursInScope(ReportScope scope) {
		return "h." + scope.hoursColumn() + " like ? and h.work_date between ? and ?";
	}

	private static String projectsInScope(ReportScope scope) {
		return "p." + scope.projectColumn() + " like ? and p.created_at >= ? and p.created_at < ?";
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

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), this.zone);
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

		HOURS("hours"), PROJECTS("projects");

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
