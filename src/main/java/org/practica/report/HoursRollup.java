package org.practica.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.practica.hours.VerifiedHoursChanged;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the report rollups ({@code report_hours}, {@code report_students},
 * {@code report_team_hours}, see V41) in step with the verified hours. It listens
 * synchronously, inside the transaction that verifies or supersedes the entry, so the
 * rollups commit or roll back with the change and the figures are exact at every commit.
 *
 * <p>
 * Each change adds to (or takes from) one row per organisation node the entry falls
 * under: every prefix of its student path (side S) and of its community path (side C),
 * and its team (side T). A row is created on its first entry and deleted when its last
 * one goes. Rows are touched in one order, so two transactions never wait for each other
 * in a cycle; an {@code update ... set x = x + ?} cannot lose a concurrent addition, and
 * an insert that loses a race to a concurrent one falls back to the update.
 */
@Component
class HoursRollup {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	HoursRollup(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(VerifiedHoursChanged event) {
		String directionTop = this.jdbc.queryForObject("select direction_top from project where id = ?", String.class,
				event.projectId());
		long entries = event.counted() ? 1 : -1;
		BigDecimal hours = event.counted() ? event.hours() : event.hours().negate();
		LocalDate day = event.workDate();
		for (Node node : nodes(event)) {
			add("report_hours", "hours", node, day, "direction_top", directionTop, hours, entries);
			add("report_students", null, node, day, "student_id", event.studentId(), null, entries);
			if (event.teamPath() != null) {
				add("report_team_hours", "hours", node, day, "team_path", event.teamPath(), hours, entries);
			}
		}
	}

	/** The nodes the entry counts for, in the order their rows are locked. */
	static List<Node> nodes(VerifiedHoursChanged event) {
		List<Node> nodes = new ArrayList<>();
		for (String path : prefixes(event.communityPath())) {
			nodes.add(new Node("C", path));
		}
		for (String path : prefixes(event.studentPath())) {
			nodes.add(new Node("S", path));
		}
		if (event.teamPath() != null) {
			nodes.add(new Node("T", event.teamPath()));
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

	private void add(String table, String sumColumn, Node node, LocalDate day, String keyColumn, Object key,
			BigDecimal hours, long entries) {
		String where = " where side = ? and scope_path = ? and work_date = ? and " + keyColumn + " = ?";
		String set = (sumColumn == null) ? "entries = entries + ?"
				: sumColumn + " = " + sumColumn + " + ?, entries = entries + ?";
		Object[] keys = { node.side(), node.path(), day, key };
		Object[] updateArgs = (sumColumn == null) ? concat(new Object[] { entries }, keys)
				: concat(new Object[] { hours, entries }, keys);
		String update = "update " + table + " set " + set + where;
		if (this.jdbc.update(update, updateArgs) == 0) {
			if (entries < 0) {
				throw new IllegalStateException("No " + table + " row to take a superseded entry from: " + node);
			}
			String columns = "side, scope_path, work_date, " + keyColumn + ", entries"
					+ (sumColumn == null ? "" : ", " + sumColumn);
			String values = sumColumn == null ? "?, ?, ?, ?, ?" : "?, ?, ?, ?, ?, ?";
			Object[] insertArgs = (sumColumn == null) ? concat(keys, new Object[] { entries })
					: concat(keys, new Object[] { entries, hours });
			if (!insert("insert into " + table + " (" + columns + ") values (" + values + ")", insertArgs)) {
				this.jdbc.update(update, updateArgs);
			}
		}
		else if (entries < 0) {
			this.jdbc.update("delete from " + table + where + " and entries = 0", keys);
		}
	}

	/**
	 * Inserts the row, or returns false when a concurrent transaction inserted it first.
	 * The insert runs under a savepoint: PostgreSQL would otherwise abort the whole
	 * transaction on the duplicate key.
	 */
	private boolean insert(String sql, Object[] args) {
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

	private static Object[] concat(Object[] first, Object[] second) {
		Object[] all = new Object[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	/** An organisation node on one side of an entry: S student, C community, T team. */
	record Node(String side, String path) {
	}

}
