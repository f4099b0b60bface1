package org.practica.report;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practica.PracticaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of the largest university and the largest district (and a college and a
 * street) over a year, with 10,000,000 hour entries in PostgreSQL, over HTTP on loopback.
 * Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=SummaryBenchmark}. Target: under 200 ms.
 *
 * <p>
 * It loads a province straight in SQL (generate_series) into the database named by
 * SPRING_DATASOURCE_URL (default {@code practica_rollup_bench} on localhost), migrated up
 * to V40; then lets Flyway apply the rest, as on an existing database: V41 builds the
 * rollups from the entries, V51 the report's copies of projects and needs; then VACUUM
 * ANALYZE. A database it loaded before is kept and reused, so later runs only time the
 * requests. Each figure is checked against the same figure counted straight from
 * {@code hours_entry} (and the projects from {@code project}).
 */
@Tag("benchmark")
class SummaryBenchmark {

	private static final String URL = env("SPRING_DATASOURCE_URL",
			"jdbc:postgresql://127.0.0.1:5432/practica_rollup_bench");

	private static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");

	private static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

	private static final String ADMIN_PASSWORD = "benchmark-admin";

	private static final int ENTRIES = Integer.getInteger("benchmark.entries", 10_000_000);

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 50);

	private static final int UNIVERSITIES = 120;

	private static final int COLLEGES_PER_UNIVERSITY = 20;

	private static final int TEAMS_PER_COLLEGE = 10;

	private static final int PROJECTS_PER_TEAM = 8;

	private static final int STUDENTS = 1_000_000;

	private static final int DISTRICTS = 100;

	private static final int STREETS_PER_DISTRICT = 15;

	private static final int COMMUNITIES_PER_STREET = 67;

	private static final int UNMATCHED_NEEDS = 100_000;

	@Test
	void summaryOfTheLargestOrganisationsOverAYear() throws Exception {
		assertThat(URL).as("this benchmark needs PostgreSQL").startsWith("jdbc:postgresql:");
		createDatabaseIfMissing();
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			String state = state(jdbc);
			if (state.equals("empty")) {
				load(jdbc);
			}
			else {
				assertThat(state).as("the database at " + URL
						+ " was not fully loaded by this benchmark; drop it or point SPRING_DATASOURCE_URL elsewhere")
					.isEqualTo("loaded");
				System.out.printf("%nSummary benchmark: reusing the loaded database %s%n", URL);
			}
			printSizes(jdbc);
			measure(jdbc);
		}
	}

	private void measure(JdbcTemplate jdbc) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticaApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + PASSWORD, "--logging.level.root=warn")) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			HttpClient client = HttpClient.newHttpClient();
			HttpResponse<String> signIn = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.statusCode()).isEqualTo(200);
			String token = JsonPath.read(signIn.body(), "$.token");
			LocalDate to = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			LocalDate from = to.minusYears(1).plusDays(1);
			System.out.printf(
					"%nSummary benchmark on PostgreSQL, period %s to %s, %d requests each (target < 200 ms)%n", from,
					to, REQUESTS);
			for (Scope scope : List.of(new Scope("largest university", 1_000_000L, "student_path"),
					new Scope("largest district", 4_000_000L, "community_path"),
					new Scope("a college of it", 2_000_000L, "student_path"),
					new Scope("a street of it", 5_000_000L, "community_path"))) {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/summary?organisationId="
							+ scope.id() + "&from=" + from + "&to=" + to))
					.header("Authorization", "Bearer " + token)
					.build();
				for (int i = 0; i < 5; i++) {
					send(client, request);
				}
				double[] millis = new double[REQUESTS];
				String body = null;
				for (int i = 0; i < REQUESTS; i++) {
					long started = System.nanoTime();
					body = send(client, request);
					millis[i] = (System.nanoTime() - started) / 1_000_000.0;
				}
				Arrays.sort(millis);
				long students = ((Number) JsonPath.read(body, "$.students")).longValue();
				BigDecimal hours = new BigDecimal(JsonPath.read(body, "$.verifiedHours").toString());
				String path = jdbc.queryForObject("select path from organisation where id = ?", String.class,
						scope.id());
				long started = System.nanoTime();
				String raw = " from hours_entry where status = 'VERIFIED' and " + scope.column()
						+ " like ? and work_date between ? and ?";
				long rawStudents = jdbc.queryForObject("select count(distinct student_id)" + raw, Long.class,
						path + "%", from, to);
				BigDecimal rawHours = jdbc.queryForObject("select coalesce(sum(hours), 0)" + raw, BigDecimal.class,
						path + "%", from, to);
				long rawMillis = (System.nanoTime() - started) / 1_000_000;
				String projectColumn = scope.column().equals("student_path") ? "team_path" : "community_path";
				long rawProjects = jdbc.queryForObject(
						"select count(*) from project where " + projectColumn
								+ " like ? and created_at >= ? and created_at < ?",
						Long.class, path + "%", startOf(from), startOf(to.plusDays(1)));
				System.out.printf("  %-20s %-22s median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", scope.name(), path,
						millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1], millis[REQUESTS - 1]);
				System.out.printf(
						"  %-20s summary: %,d students, %s hours, %s projects, %s needs; straight from hours_entry: %,d students, %s hours (%,d ms); from project: %,d projects%n",
						"", students, hours.toPlainString(), JsonPath.read(body, "$.projects").toString(),
						JsonPath.read(body, "$.needsPublished").toString(), rawStudents, rawHours.toPlainString(),
						rawMillis, rawProjects);
				assertThat(students).isEqualTo(rawStudents);
				assertThat(hours).isEqualByComparingTo(rawHours);
				assertThat(((Number) JsonPath.read(body, "$.projects")).longValue()).as("projects")
					.isEqualTo(rawProjects);
				assertThat(millis[REQUESTS / 2]).isLessThan(200);
			}
			System.out.println();
		}
	}

	private static String send(HttpClient client, HttpRequest request) throws Exception {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** "empty" (no tables yet), "loaded" (by this benchmark, completely) or "other". */
	private static String state(JdbcTemplate jdbc) {
		int tables = jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_schema = current_schema()", Integer.class);
		if (tables == 0) {
			return "empty";
		}
		List<Boolean> done = jdbc.query(
				"select done from summary_benchmark where exists (select 1 from information_schema.tables "
						+ "where table_name = 'summary_benchmark' and table_schema = current_schema())",
				(rs, row) -> rs.getBoolean(1));
		return done.size() == 1 && done.get(0) ? "loaded" : "other";
	}

	private static void createDatabaseIfMissing() throws Exception {
		String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		String server = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD)) {
			try (ResultSet rs = connection.createStatement()
				.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
				if (!rs.next()) {
					connection.createStatement().execute("create database \"" + name.replace("\"", "") + "\"");
				}
			}
		}
	}

	/**
	 * A province: 120 universities (three large ones of 80,000, 60,000 and 50,000
	 * students), 2,400 colleges, 24,000 teams, a million students; 100 districts, 1,500
	 * streets, 100,500 communities (the first district, a university town, hosts 12 % of
	 * all projects); 192,000 projects, 292,000 needs; the entries spread over two years,
	 * 85 % verified.
	 */
	private void load(JdbcTemplate jdbc) {
		long started = System.nanoTime();
		Flyway.configure()
			.dataSource(URL, USER, PASSWORD)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.target("40")
			.load()
			.migrate();
		jdbc.execute("create table summary_benchmark (done boolean not null)");
		jdbc.execute("insert into summary_benchmark values (false)");
		String database = jdbc.queryForObject("select current_database()", String.class);
		// room for the fill's sorts and the key builds; this database only
		jdbc.execute("alter database \"" + database + "\" set work_mem = '256MB'");
		jdbc.execute("alter database \"" + database + "\" set maintenance_work_mem = '1GB'");
		jdbc.execute("set session_replication_role = replica");
		int colleges = UNIVERSITIES * COLLEGES_PER_UNIVERSITY;
		int teams = colleges * TEAMS_PER_COLLEGE;
		int streets = DISTRICTS * STREETS_PER_DISTRICT;
		int communities = streets * COMMUNITIES_PER_STREET;
		int projects = teams * PROJECTS_PER_TEAM;
		int perDistrict = STREETS_PER_DISTRICT * COMMUNITIES_PER_STREET;
		step(jdbc, "organisations", """
				insert into organisation (id, name, kind, parent_id, path, created_at, updated_at, version)
				select 1000000 + u, '大学 ' || u, 'UNIVERSITY', null, '/' || (1000000 + u) || '/', now(), now(), 0
				from generate_series(0, %1$d - 1) u
				union all
				select 2000000 + c, '学院 ' || c, 'COLLEGE', 1000000 + c / %2$d,
				       '/' || (1000000 + c / %2$d) || '/' || (2000000 + c) || '/', now(), now(), 0
				from generate_series(0, %3$d - 1) c
				union all
				select 3000000 + t, '团队 ' || t, 'TEAM', 2000000 + t / %4$d,
				       '/' || (1000000 + t / %4$d / %2$d) || '/' || (2000000 + t / %4$d) || '/' || (3000000 + t) || '/',
				       now(), now(), 0
				from generate_series(0, %5$d - 1) t
				union all
				select 4000000 + d, '区 ' || d, 'DISTRICT', null, '/' || (4000000 + d) || '/', now(), now(), 0
				from generate_series(0, %6$d - 1) d
				union all
				select 5000000 + s, '街道 ' || s, 'STREET', 4000000 + s / %7$d,
				       '/' || (4000000 + s / %7$d) || '/' || (5000000 + s) || '/', now(), now(), 0
				from generate_series(0, %8$d - 1) s
				union all
				select 6000000 + m, '社区 ' || m, 'COMMUNITY', 5000000 + m / %9$d,
				       '/' || (4000000 + m / %9$d / %7$d) || '/' || (5000000 + m / %9$d) || '/' || (6000000 + m) || '/',
				       now(), now(), 0
				from generate_series(0, %10$d - 1) m
				""".formatted(UNIVERSITIES, COLLEGES_PER_UNIVERSITY, colleges, TEAMS_PER_COLLEGE, teams, DISTRICTS,
				STREETS_PER_DISTRICT, streets, COMMUNITIES_PER_STREET, communities));
		// a student's university: the first three are large, the others share the rest
		String university = "case when st < 80000 then 0 when st < 140000 then 1 when st < 190000 then 2 "
				+ "else 3 + (st - 190000) %% %d end".formatted(UNIVERSITIES - 3);
		String college = "(%s) * %d + case when st < 190000 then st %% %d else ((st - 190000) / %d) %% %d end"
			.formatted(university, COLLEGES_PER_UNIVERSITY, COLLEGES_PER_UNIVERSITY, UNIVERSITIES - 3,
					COLLEGES_PER_UNIVERSITY);
		step(jdbc, "students", """
				insert into account (id, username, password_hash, display_name, organisation_id, student_number,
				                     created_at, updated_at, version)
				select 10000000 + st, 'student' || st, '-', '学生 ' || st, 2000000 + (%s), 'S' || st, now(), now(), 0
				from generate_series(0, %d - 1) st
				""".formatted(college, STUDENTS));
		jdbc.update("""
				insert into account (id, username, password_hash, display_name, created_at, updated_at, version)
				values (1, 'admin', ?, 'Platform admin', now(), now(), 0)
				""", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ADMIN_PASSWORD));
		jdbc.update("insert into role_grant (account_id, role) values (1, 'PLATFORM_ADMIN')");
		// a project's community: 12 % in the first district, the rest spread over the
		// others
		String community = "case when p %% 100 < 12 then (p * 31) %% %1$d else %1$d + (p * 31) %% (%2$d - %1$d) end"
			.formatted(perDistrict, communities);
		String tops = "(array['VOLUNTEER_SERVICE','VOLUNTEER_SERVICE','VOLUNTEER_SERVICE','STUDY_TRAINING',"
				+ "'INDUSTRY_EDUCATION','GRASSROOTS_GOVERNANCE','INNOVATION_ENTREPRENEURSHIP','TALENT_DEVELOPMENT',"
				+ "'PARTY_LEAGUE_AFFAIRS','STUDY_TRAINING'])[1 + (p * 7) % 10]";
		String communityPath = "'/' || (4000000 + m / %1$d) || '/' || (5000000 + m / %2$d) || '/' || (6000000 + m) || '/'"
			.formatted(perDistrict, COMMUNITIES_PER_STREET);
		String teamPath = "'/' || (1000000 + t / %1$d) || '/' || (2000000 + t / %2$d) || '/' || (3000000 + t) || '/'"
			.formatted(TEAMS_PER_COLLEGE * COLLEGES_PER_UNIVERSITY, TEAMS_PER_COLLEGE);
		step(jdbc, "needs", """
				insert into need (id, community_id, organisation_path, title, direction, direction_top, start_date,
				                  end_date, headcount, status, published_at, created_at, updated_at, version)
				select 100000000 + p, 6000000 + m, %s, '需求 ' || p, %s, %s, current_date, current_date + 30, 5,
				       'PUBLISHED', published, published, published, 0
				from (select p, case when p < %d then %s else (p * 17) %% %d end as m,
				             now() - ((p * 13) %% 730 + 3) * interval '1 day' as published
				      from generate_series(0, %d - 1) p) n
				""".formatted(communityPath, tops, tops, projects, community, communities, projects + UNMATCHED_NEEDS));
		step(jdbc, "projects", """
				insert into project (id, title, need_id, community_id, community_path, team_id, team_path, direction,
				                     direction_top, status, created_at, updated_at, version)
				select 100000000 + p, '项目 ' || p, 100000000 + p, 6000000 + m, %s, 3000000 + t, %s, %s, %s, 'ACTIVE',
				       created, created, 0
				from (select p, p %% %d as t, %s as m, now() - ((p * 13) %% 730) * interval '1 day' as created
				      from generate_series(0, %d - 1) p) x
				""".formatted(communityPath, teamPath, tops, tops, teams, community, projects));
		for (String index : List.of("hours_entry_student", "hours_entry_status", "hours_entry_community",
				"hours_entry_student_path", "hours_entry_project")) {
			jdbc.execute("drop index " + index);
		}
		// each student serves ten times, for teams of their college, on days spread over
		// two years
		step(jdbc, "hour entries",
				"""
						insert into hours_entry (id, student_id, project_id, work_date, hours, status, source, community_path,
						                         team_path, student_path, recorded_at, recorded_by, version)
						select e + 1, 10000000 + st, 100000000 + p, day, 0.5 * (1 + (e * 7) %% 8),
						       case when (e * 13) %% 100 < 85 then 'VERIFIED' when (e * 13) %% 100 < 93 then 'PENDING'
						            when (e * 13) %% 100 < 97 then 'DISPUTED' else 'SUPERSEDED' end,
						       'ATTENDANCE', %s, %s, '/' || (1000000 + c / %d) || '/' || (2000000 + c) || '/', day, 'benchmark', 0
						from (select e, st, c, t, p, %s as m, current_date - ((e * 37) %% 730)::int as day
						      from (select e, st, c, c * %d + e %% %d as t,
						                   c * %d + e %% %d + %d * ((e / %d) %% %d) as p
						            from (select e, st, %s as c
						                  from (select e, (e * 104729::bigint) %% %d as st
						                        from generate_series(0::bigint, %d - 1) e) s) s) s) s
						"""
					.formatted(communityPath, teamPath, COLLEGES_PER_UNIVERSITY, community, TEAMS_PER_COLLEGE,
							TEAMS_PER_COLLEGE, TEAMS_PER_COLLEGE, TEAMS_PER_COLLEGE, teams, TEAMS_PER_COLLEGE,
							PROJECTS_PER_TEAM, college, STUDENTS, ENTRIES));
		step(jdbc, "hour entry indexes", """
				create index hours_entry_student on hours_entry (student_id, work_date);
				create index hours_entry_status on hours_entry (status, recorded_at);
				create index hours_entry_community on hours_entry (community_path);
				create index hours_entry_student_path on hours_entry (student_path);
				create index hours_entry_project on hours_entry (project_id)
				""");
		jdbc.execute("set session_replication_role = origin");
		step(jdbc, "V41 builds the rollups",
				() -> Flyway.configure()
					.dataSource(URL, USER, PASSWORD)
					.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
					.load()
					.migrate());
		step(jdbc, "vacuum analyze", "vacuum analyze");
		jdbc.execute("update summary_benchmark set done = true");
		System.out.printf("  loaded in %,d s%n", (System.nanoTime() - started) / 1_000_000_000);
	}

	private static void step(JdbcTemplate jdbc, String what, String sql) {
		step(jdbc, what, () -> {
			for (String statement : sql.split(";\n")) {
				jdbc.execute(statement);
			}
		});
	}

	private static void step(JdbcTemplate jdbc, String what, Runnable step) {
		long started = System.nanoTime();
		step.run();
		System.out.printf("  %-24s %,8d ms%n", what, (System.nanoTime() - started) / 1_000_000);
	}

	private static void printSizes(JdbcTemplate jdbc) {
		System.out.println("  table                  rows (estimated)      size with indexes");
		for (String table : List.of("hours_entry", "report_hours", "report_students", "report_team_hours",
				"report_project", "report_need", "project", "need", "account", "organisation")) {
			System.out.printf("  %-22s %,16d %16s%n", table,
					jdbc.queryForObject("select reltuples::bigint from pg_class where relname = ?", Long.class, table),
					jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size(?))", String.class, table));
		}
	}

	private static java.time.OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	private record Scope(String name, Long id, String column) {
	}

}
