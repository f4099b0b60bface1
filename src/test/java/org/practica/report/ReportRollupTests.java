package org.practica.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Role;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rollups the summary reads equal the aggregates of the verified entries themselves,
 * row for row, right after each kind of change (verify, dispute, a correction superseding
 * a verified entry, a back-fill's two approvals) and after many verifications at once;
 * and the summary of every organisation of both sides agrees with direct counts.
 */
class ReportRollupTests extends ApiTestSupport {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Hours hours;

	@Autowired
	private Reports reports;

	@Autowired
	private DataSource dataSource;

	@Test
	void theRollupsFollowEveryChangeOfStatus() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		LocalDate today = LocalDate.now(this.clock);
		Long project = Long.valueOf(served.project());
		Long student = served.student().getId();
		HoursEntry sameDay = this.hours.recordAttendance(student, project, null, today, new BigDecimal("2.50"), "test");
		HoursEntry lastMonth = this.hours.recordAttendance(student, project, null, today.minusDays(35),
				new BigDecimal("4.00"), "test");
		HoursEntry disputed = this.hours.recordAttendance(world.student().getId(), project, null, today,
				new BigDecimal("1.00"), "test");
		agree(world, 0, "0");

		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isOk());
		agree(world, 1, "1.5");
		postAs(community, "{\"ids\":[\"" + sameDay.getId() + "\",\"" + lastMonth.getId() + "\"]}",
				"/api/v1/hours/verify")
			.andExpect(status().isOk());
		agree(world, 1, "8");
		postAs(community, "{\"reason\":\"不在场\"}", "/api/v1/hours/{id}/dispute", disputed.getId())
			.andExpect(status().isOk());
		agree(world, 1, "8");

		// the student's other entry that day still counts them once the first is
		// superseded
		String correction = read(postAs(community, "{\"hours\":0.5,\"reason\":\"按实际到场时间\"}",
				"/api/v1/hours/{id}/corrections", sameDay.getId())
			.andExpect(status().isCreated()), "$.id");
		agree(world, 1, "5.5");
		postAs(community, null, "/api/v1/hours/{id}/verify", correction).andExpect(status().isOk());
		agree(world, 1, "6");
		// the last entry of a month and of a day gone: their rows go with them
		String zero = read(postAs(community, "{\"hours\":0,\"reason\":\"重复记录\"}", "/api/v1/hours/{id}/corrections",
				lastMonth.getId())
			.andExpect(status().isCreated()), "$.id");
		agree(world, 1, "2");
		assertThat(
				this.jdbc.queryForObject("select count(*) from report_students where scope_path = ? and work_date = ?",
						Long.class, world.district().getPath(), today.minusDays(35)))
			.isZero();
		postAs(community, null, "/api/v1/hours/{id}/verify", zero).andExpect(status().isOk());
		agree(world, 1, "2");

		String backfill = backfill(token(served.student()), served.project(), today.minusDays(3), "3");
		agree(world, 1, "2");
		postAs(community, null, "/api/v1/hours/{id}/verify", backfill).andExpect(status().isOk());
		agree(world, 1, "2");
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", backfill).andExpect(status().isOk());
		agree(world, 1, "5");
	}

	@Test
	void concurrentVerificationsLoseNothing() throws Exception {
		World world = world();
		Served served = served(world);
		Long project = Long.valueOf(served.project());
		LocalDate today = LocalDate.now(this.clock);
		List<Account> students = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			students.add(user(Role.STUDENT, world.college()));
		}
		List<Long> entries = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			// the same few rows again and again: same days, same direction, same students
			entries.add(
					this.hours
						.recordAttendance(students.get(i % students.size()).getId(), project, null,
								today.minusDays(i % 3), new BigDecimal("1.50"), "test")
						.getId());
		}
		CurrentUser community = this.accounts.actingAs(world.communityAdmin().getUsername());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<HoursEntry>> verifications = entries.stream()
				.map((id) -> (Callable<HoursEntry>) () -> this.hours.verify(community, id))
				.toList();
			for (Future<HoursEntry> done : pool.invokeAll(verifications)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		agree(world, 4, "36");
	}

	@Test
	void theMigrationFillsTheRollupsAsTheyAreKept() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		LocalDate today = LocalDate.now(this.clock);
		HoursEntry other = this.hours.recordAttendance(world.student().getId(), Long.valueOf(served.project()), null,
				today.minusDays(40), new BigDecimal("3.00"), "test");
		postAs(community, "{\"ids\":[\"" + served.entry() + "\",\"" + other.getId() + "\"]}", "/api/v1/hours/verify")
			.andExpect(status().isOk());
		postAs(community, "{\"hours\":2,\"reason\":\"按实际到场时间\"}", "/api/v1/hours/{id}/corrections", other.getId())
			.andExpect(status().isCreated());
		String university = world.university().getPath();
		String district = world.district().getPath();
		Map<String, String> kept = actual(university, district);
		assertThat(kept).isNotEmpty();

		// the migrations' own scripts, run again into tables of another name: V41 fills
		// the rollups, V71 fills the hours again by the finer direction
		String script = (new String(
				new ClassPathResource("db/migration/V41__report_rollup.sql").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8) + "\n"
				+ new String(new ClassPathResource("db/migration/V71__report_hours_by_direction.sql").getInputStream()
					.readAllBytes(), StandardCharsets.UTF_8))
			.replace("report_", "refill_");
		try (Connection connection = this.dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			assertThat(actual("refill_", university, district)).isEqualTo(kept);
		}
		finally {
			for (String table : List.of("refill_hours", "refill_students", "refill_team_hours")) {
				this.jdbc.execute("drop table " + table);
			}
		}
	}

	/**
	 * The rollup rows under the world's university and district equal the aggregates of
	 * the verified entries, and every organisation's summary agrees with direct counts
	 * over the last 60 days; the university counts the given students and hours.
	 */
	private void agree(World world, long students, String verifiedHours) {
		String university = world.university().getPath();
		String district = world.district().getPath();
		assertThat(actual(university, district)).isEqualTo(expected(university, district));
		LocalDate today = LocalDate.now(this.clock);
		Reports.Period period = new Reports.Period(today.minusDays(60), today);
		CurrentUser admin = admin();
		for (Organisation organisation : List.of(world.university(), world.college(), world.team(), world.district(),
				world.street(), world.community())) {
			String column = switch (organisation.getKind()) {
				case UNIVERSITY, COLLEGE -> "student_path";
				case TEAM -> "team_path";
				default -> "community_path";
			};
			String raw = " from hours_entry h where h.status = 'VERIFIED' and h." + column
					+ " like ? and h.work_date between ? and ?";
			Object[] args = { organisation.getPath() + "%", period.from(), period.to() };
			Dashboard dashboard = this.reports.dashboard(admin, organisation.getId(), period);
			Summary summary = dashboard.summary();
			assertThat(summary.students()).as(organisation.getName())
				.isEqualTo(this.jdbc.queryForObject("select count(distinct h.student_id)" + raw, Long.class, args));
			assertThat(summary.verifiedHours()).as(organisation.getName())
				.isEqualByComparingTo(
						this.jdbc.queryForObject("select coalesce(sum(h.hours), 0)" + raw, BigDecimal.class, args));
			assertThat(dashboard.byMonth()
				.stream()
				.map(Dashboard.MonthFigures::verifiedHours)
				.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(summary.verifiedHours());
			assertThat(dashboard.topTeams()
				.stream()
				.map(Dashboard.TeamFigures::verifiedHours)
				.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(summary.verifiedHours());
		}
		Summary top = this.reports.summary(admin, world.university().getId(), period);
		assertThat(top.students()).isEqualTo(students);
		assertThat(top.verifiedHours()).isEqualByComparingTo(verifiedHours);
	}

	/**
	 * Every rollup row under the two roots, as "table side path day key = hours/entries".
	 */
	private Map<String, String> actual(String university, String district) {
		return actual("report_", university, district);
	}

	private Map<String, String> actual(String prefix, String university, String district) {
		Map<String, String> rows = new TreeMap<>();
		String under = " where scope_path like ? or scope_path like ?";
		this.jdbc.query(
				"select side, scope_path, work_date, direction, hours, entries from " + prefix + "hours" + under,
				(rs) -> {
					rows.put(key("hours", rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4)), figures(rs.getBigDecimal(5), rs.getLong(6)));
				}, university + "%", district + "%");
		this.jdbc.query(
				"select side, scope_path, work_date, student_id, entries, prev_day from " + prefix + "students" + under,
				(rs) -> {
					rows.put(
							key("students", rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
									rs.getString(4)),
							figures(null, rs.getLong(5)) + " after " + rs.getObject(6, LocalDate.class));
				}, university + "%", district + "%");
		this.jdbc.query(
				"select side, scope_path, work_date, team_path, hours, entries from " + prefix + "team_hours" + under,
				(rs) -> {
					rows.put(key("teams", rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4)), figures(rs.getBigDecimal(5), rs.getLong(6)));
				}, university + "%", district + "%");
		return rows;
	}

	/** The same rows, aggregated here from the verified entries. */
	private Map<String, String> expected(String university, String district) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.query(
				"select h.student_id, h.work_date, h.hours, h.student_path, h.community_path, h.team_path, "
						+ "p.direction from hours_entry h join project p on p.id = h.project_id "
						+ "where h.status = 'VERIFIED' and (h.student_path like ? or h.community_path like ?)",
				(rs) -> {
					LocalDate day = rs.getObject(2, LocalDate.class);
					BigDecimal hours = rs.getBigDecimal(3);
					String team = rs.getString(6);
					List<String[]> nodes = new ArrayList<>();
					for (String path : ancestors(rs.getString(4))) {
						nodes.add(new String[] { "S", path });
					}
					for (String path : ancestors(rs.getString(5))) {
						nodes.add(new String[] { "C", path });
					}
					if (team != null) {
						nodes.add(new String[] { "T", team });
					}
					for (String[] node : nodes) {
						if (!node[1].startsWith(university) && !node[1].startsWith(district)) {
							continue;
						}
						tally(sums, counts, key("hours", node[0], node[1], day, rs.getString(7)), hours);
						tally(sums, counts, key("students", node[0], node[1], day, rs.getString(1)), null);
						if (team != null) {
							tally(sums, counts, key("teams", node[0], node[1], day, team), hours);
						}
					}
				}, university + "%", district + "%");
		Map<String, String> rows = new TreeMap<>();
		// the keys sort by node and then day, so a student's previous day in the node
		// comes first
		Map<String, LocalDate> lastDay = new TreeMap<>();
		counts.forEach((key, count) -> {
			String figures = figures(sums.get(key), count);
			if (key.startsWith("students ")) {
				String[] parts = key.split(" ");
				String student = parts[1] + " " + parts[2] + " " + parts[4];
				figures += " after " + lastDay.get(student);
				lastDay.put(student, LocalDate.parse(parts[3]));
			}
			rows.put(key, figures);
		});
		return rows;
	}

	private static void tally(Map<String, BigDecimal> sums, Map<String, Long> counts, String key, BigDecimal hours) {
		counts.merge(key, 1L, Long::sum);
		if (hours != null) {
			sums.merge(key, hours, BigDecimal::add);
		}
	}

	/** "/1/5/" has "/1/" and "/1/5/". */
	private static List<String> ancestors(String path) {
		List<String> ancestors = new ArrayList<>();
		String[] ids = path.substring(1).split("/");
		StringBuilder prefix = new StringBuilder("/");
		for (String id : ids) {
			prefix.append(id).append('/');
			ancestors.add(prefix.toString());
		}
		return ancestors;
	}

	private static String key(String table, String side, String path, LocalDate day, String key) {
		return table + " " + side + " " + path + " " + day + " " + key;
	}

	private static String figures(BigDecimal hours, long entries) {
		return (hours == null ? "" : hours.setScale(2).toPlainString() + "/") + entries;
	}

	private String backfill(String token, String project, LocalDate date, String hours) throws Exception {
		return read(this.mvc
			.perform(multipart("/api/v1/hours/backfills")
				.file(new MockMultipartFile("evidence", "photo.png", "image/png", PNG))
				.param("projectId", project)
				.param("date", date.toString())
				.param("hours", hours)
				.param("reason", "签到设备故障，现场照片为证")
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isCreated()), "$.id");
	}

}
