package org.practica.hours;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's entries for other modules to count and export, without their knowing its
 * tables: the entries of a subtree worked in a period, read with a database cursor and
 * handed over a batch at a time (inside a read-only transaction, which on PostgreSQL
 * keeps autocommit off so the driver really fetches in batches), and the verified hours
 * of projects. No access check: the caller has checked who may see the subtree.
 */
@Service
@Transactional(readOnly = true)
public class HoursFigures {

	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	HoursFigures(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	/** How many entries of the scope were worked in the period, whatever their status. */
	public long count(HoursScope scope, LocalDate from, LocalDate to) {
		return this.jdbc.queryForObject("select count(*) from hours_entry h where " + inScope(scope), Long.class,
				scope.like(), from, to);
	}

	/**
	 * Every entry of the scope worked in the period, whatever its status, by work date
	 * then id, in batches of at most {@code batchSize}.
	 */
	public void forEachBatch(HoursScope scope, LocalDate from, LocalDate to, int batchSize,
			Consumer<List<Line>> batches) {
		List<Line> batch = new ArrayList<>(batchSize);
		RowCallbackHandler rows = (rs) -> {
			Timestamp verified = rs.getTimestamp(9);
			batch.add(new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
					rs.getBigDecimal(5), HoursStatus.valueOf(rs.getString(6)), HoursSource.valueOf(rs.getString(7)),
					rs.getString(8), verified == null ? null : verified.toInstant()));
			if (batch.size() == batchSize) {
				batches.accept(List.copyOf(batch));
				batch.clear();
			}
		};
		this.jdbc.query("select h.id, h.student_id, h.project_id, h.work_date, h.hours, h.status, h.source, "
				+ "h.student_path, h.community_verified_at from hours_entry h where " + inScope(scope)
				+ " order by h.work_date, h.id", rows, scope.like(), from, to);
		if (!batch.isEmpty()) {
			batches.accept(List.copyOf(batch));
		}
	}

	/**
	 * The VERIFIED hours of each of these projects worked in the period by the scope's
	 * entries; projects without any are left out.
	 */
	public Map<Long, BigDecimal> verifiedByProject(Collection<Long> projectIds, HoursScope scope, LocalDate from,
			LocalDate to) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		if (projectIds.isEmpty()) {
			return sums;
		}
		List<Object> args = new ArrayList<>(projectIds);
		args.add(scope.like());
		args.add(from);
		args.add(to);
		this.jdbc.query(
				"select h.project_id, sum(h.hours) from hours_entry h where h.project_id in ("
						+ String.join(",", projectIds.stream().map((id) -> "?").toList())
						+ ") and h.status = 'VERIFIED' and " + inScope(scope) + " group by h.project_id",
				(RowCallbackHandler) (rs) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)), args.toArray());
		return sums;
	}

	/**
	 * A student's verified hours and disputed entries (still waiting for their
	 * correction) worked in the period; with a scope, only the entries inside it.
	 */
	public StudentHours student(Long studentId, LocalDate from, LocalDate to, HoursScope within) {
		String sql = "select coalesce(sum(case when h.status = 'VERIFIED' then h.hours end), 0), "
				+ "count(case when h.status = 'DISPUTED' then 1 end) from hours_entry h "
				+ "where h.student_id = ? and h.work_date between ? and ?";
		List<Object> args = new ArrayList<>(List.of(studentId, from, to));
		if (within != null) {
			sql += " and h." + within.side().column() + " like ?";
			args.add(within.like());
		}
		return this.jdbc.queryForObject(sql, (rs, row) -> new StudentHours(rs.getBigDecimal(1), rs.getLong(2)),
				args.toArray());
	}

	/**
	 * A student's hours in a period.
	 *
	 * @param verified the verified hours
	 * @param disputed how many entries are disputed, waiting for a correction
	 */
	public record StudentHours(BigDecimal verified, long disputed) {
	}

	private static String inScope(HoursScope scope) {
		return "h." + scope.side().column() + " like ? and h.work_date between ? and ?";
	}

	/**
	 * An entry as the exports show it.
	 *
	 * @param id the entry
	 * @param studentId its student
	 * @param projectId its project
	 * @param workDate the day served
	 * @param hours its hours
	 * @param status its status
	 * @param source where it came from
	 * @param studentPath the student's organisation's path
	 * @param communityVerifiedAt when the community verified it, if it did
	 */
	public record Line(long id, long studentId, long projectId, LocalDate workDate, BigDecimal hours,
			HoursStatus status, HoursSource source, String studentPath, Instant communityVerifiedAt) {
	}

}
