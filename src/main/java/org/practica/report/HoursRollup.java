package org.practica.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.practica.hours.HoursEntrySuperseded;
import org.practica.hours.HoursEntryVerified;
import org.practica.project.Project;
import org.practica.project.Projects;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the report rollups ({@code report_hours}, {@code report_students},
 * {@code report_team_hours}, see V41) in step with the verified hours. Unlike the
 * report's other read models it listens synchronously, inside the transaction that
 * verifies or supersedes the entry, because exactness is its point: the rollups commit or
 * roll back with the change, so the verified hours a dashboard shows are those of the
 * ledger at every commit, never a moment behind or counted twice.
 *
 * <p>
 * Each change adds to (or takes from) one row per organisation node the entry falls
 * under: every prefix of its student path (side S) and of its community path (side C),
 * and its team (side T). A row is created on its first entry and deleted when its last
 * one goes. An {@code update ... set x = x + ?} cannot lose a concurrent addition, and an
 * insert that loses a race to a concurrent one falls back to the update. The student rows
 * also link each day to the student's previous day in the node, which lets
 * {@link Reports} count the students of a period without a distinct.
 */
@Component
class HoursRollup {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Projects projects;

	HoursRollup(JdbcTemplate jdbc, DataSource dataSource, Projects projects) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.projects = projects;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(HoursEntryVerified event) {
		count(new Counted(event.studentId(), event.projectId(), event.workDate(), event.hours(), event.studentPath(),
				event.communityPath(), event.teamPath()), 1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(HoursEntrySuperseded event) {
		if (event.counted()) {
			count(new Counted(event.studentId(), event.projectId(), event.workDate(), event.hours(),
					event.studentPath(), event.communityPath(), event.teamPath()), -1);
		}
	}

	/** Adds the entry to its rows (sign 1), or takes it from them (sign -1). */
	private void count(Counted entry, int sign) {
		// the project's direction, from its module (its creation may not be in the read
		// model yet, and this must not wait)
		Project project = this.projects.find(entry.projectId()).orElseThrow();
		long entries = sign;
		BigDecimal hours = sign > 0 ? entry.hours() : entry.hours().negate();
		LocalDate day = entry.workDate();
		for (Node node : nodes(entry)) {
			// keyed by the finer direction; its top level goes along for the summary
			add("report_hours", "hours", node, day, "direction", project.getDirection(), "direction_top",
					project.getDirectionTop(), hours, entries);
			countStudent(node, day, entry.studentId(), entries);
			if (entry.teamPath() != null) {
				add("report_team_hours", "hours", node, day, "team_path", entry.teamPath(), null, null, hours, entries);
			}
		}
	}

	/** The nodes the entry counts for, in the order their rows are locked. */
	static List<Node> nodes(Counted entry) {
		List<Node> nodes = new ArrayList<>();
		for (String path : prefixes(entry.communityPath())) {
			nodes.add(new Node("C", path));
		}
		for (String path : prefixes(entry.studentPath())) {
			nodes.add(new Node("S", path));
		}
		if (entry.teamPath() != null) {
			nodes.add(new Node("T", entry.teamPath()));
		}
		return nodes;
	}

	/** "/1/5/" gives "/1/" and "/1/5/": the node and each of its ancestors. */
	static List<String> prefixes(String path) {
		List<String> prefixes = new ArrayList<>();
		for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
			prefixes.add(path.substring(0, slash + 1));
		}
		return prefixes;
	}

	/**
	 * Adds to the row of the node, day and key; a new row also gets the column that goes
	 * with the key, when there is one ({@code withColumn}, or null).
	 */
	private void add(String table, String sumColumn, Node node, LocalDate day, String keyColumn, Object key,
			String withColumn, Object with, BigDecimal hours, long entries) {
		String where = " where side = ? and scope_path = ? and work_date = ? and " + keyColumn + " = ?";
		String update = "update " + table + " set " + sumColumn + " = " + sumColumn + " + ?, entries = entries + ?"
				+ where;
		Object[] updateArgs = { hours, entries, node.side(), node.path(), day, key };
		if (this.jdbc.update(update, updateArgs) == 0) {
			if (entries < 0) {
				throw new IllegalStateException("No " + table + " row to take a superseded entry from: " + node);
			}
			boolean inserted = (withColumn == null)
					? insert(
							"insert into " + table + " (side, scope_path, work_date, " + keyColumn + ", entries, "
									+ sumColumn + ") values (?, ?, ?, ?, ?, ?)",
							node.side(), node.path(), day, key, entries, hours)
					: insert(
							"insert into " + table + " (side, scope_path, work_date, " + keyColumn + ", " + withColumn
									+ ", entries, " + sumColumn + ") values (?, ?, ?, ?, ?, ?, ?)",
							node.side(), node.path(), day, key, with, entries, hours);
			if (!inserted) {
				this.jdbc.update(update, updateArgs);
			}
		}
		else if (entries < 0) {
			this.jdbc.update("delete from " + table + where + " and entries = 0", node.side(), node.path(), day, key);
		}
	}

	/**
	 * Counts the student's entry on the day in the node. A day that gains its first entry
	 * is linked into the student's days in the node (its previous day, and the next day's
	 * previous day is now this one); a day that loses its last is unlinked. The links of
	 * one student change only under the ledger's lock (see {@link HoursEntryVerified}),
	 * so no two transactions relink the same days at once.
	 */
	private void countStudent(Node node, LocalDate day, Long studentId, long entries) {
		String student = " where side = ? and scope_path = ? and student_id = ?";
		Object[] keys = { node.side(), node.path(), studentId, day };
		String update = "update report_students set entries = entries + ?" + student + " and work_date = ?";
		Object[] updateArgs = { entries, node.side(), node.path(), studentId, day };
		if (this.jdbc.update(update, updateArgs) == 1) {
			if (entries < 0) {
				List<LocalDate> gone = this.jdbc.query(
						"select prev_day from report_students" + student + " and work_date = ? and entries = 0",
						(rs, row) -> rs.getObject(1, LocalDate.class), keys);
				if (!gone.isEmpty()) {
					this.jdbc.update("delete from report_students" + student + " and work_date = ?", keys);
					relinkNext(node, studentId, day, gone.get(0));
				}
			}
			return;
		}
		if (entries < 0) {
			throw new IllegalStateException("No report_students row to take a superseded entry from: " + node);
		}
		LocalDate previous = this.jdbc.queryForObject(
				"select max(work_date) from report_students" + student + " and work_date < ?", LocalDate.class, keys);
		if (insert("insert into report_students (side, scope_path, student_id, work_date, entries, prev_day) "
				+ "values (?, ?, ?, ?, ?, ?)", node.side(), node.path(), studentId, day, entries, previous)) {
			relinkNext(node, studentId, day, day);
		}
		else {
			this.jdbc.update(update, updateArgs);
		}
	}

	/**
	 * The student's first day in the node after the given one now follows
	 * {@code previous}.
	 */
	private void relinkNext(Node node, Long studentId, LocalDate after, LocalDate previous) {
		String student = " where side = ? and scope_path = ? and student_id = ?";
		this.jdbc.update(
				"update report_students set prev_day = ?" + student
						+ " and work_date = (select min(n.work_date) from report_students n"
						+ " where n.side = ? and n.scope_path = ? and n.student_id = ? and n.work_date > ?)",
				previous, node.side(), node.path(), studentId, node.side(), node.path(), studentId, after);
	}

	/**
	 * Inserts the row, or returns false when a concurrent transaction inserted it first.
	 * The insert runs under a savepoint: PostgreSQL would otherwise abort the whole
	 * transaction on the duplicate key.
	 */
	private boolean insert(String sql, Object... args) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		Savepoint savepoint;
		try {
			savepoint = connection.setSavepoint();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set a savepoint", ex);
		}
		try {
			this.jdbc.update(sql, args);
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (DuplicateKeyException ex) {
			try {
				connection.rollback(savepoint);
			}
			catch (SQLException rollback) {
				ex.addSuppressed(rollback);
				throw ex;
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot release a savepoint", ex);
		}
	}

	/** A verified entry whose hours begin or stop counting. */
	record Counted(Long studentId, Long projectId, LocalDate workDate, BigDecimal hours, String studentPath,
			String communityPath, String teamPath) {
	}

	/** An organisation node on one side of an entry: S student, C community, T team. */
	record Node(String side, String path) {
	}

}
