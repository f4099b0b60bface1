package org.practica.signup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent sign-ups over HTTP on loopback against PostgreSQL, beside what the database
 * itself does for the same transaction (pgbench, same database, same run). Not part of
 * {@code ./mvnw verify}; run it with
 * {@code SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/<db> SPRING_DATASOURCE_USERNAME=postgres
 * ./mvnw -Pbenchmark test -Dtest=SignupBenchmark}. Target: at least 1,000 sign-ups per
 * second.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupBenchmark extends ApiTestSupport {

	private static final int SHIFTS = Integer.getInteger("benchmark.shifts", 200);

	private static final int SEATS = 20;

	private static final int STUDENTS = Integer.getInteger("benchmark.students", 2_000);

	private static final int PER_STUDENT = 5;

	private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 32);

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	@Value("${spring.datasource.url}")
	private String url;

	@Test
	void signUpsPerSecondOverHttp() throws Exception {
		Assumptions.assumeTrue(this.url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (SPRING_DATASOURCE_URL)");
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		OffsetDateTime base = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).withNano(0);
		List<String> shifts = new ArrayList<>();
		List<String> warmUpShifts = new ArrayList<>();
		for (int i = 0; i < 2 * SHIFTS; i++) {
			OffsetDateTime start = base.plusHours(3L * i);
			(i < SHIFTS ? warmUpShifts : shifts).add(read(postAs(leader, """
					{"title":"%s %d","startsAt":"%s","endsAt":"%s","capacity":%d}
					""".formatted(i < SHIFTS ? "预热" : "测量", i, start, start.plusHours(2), SEATS),
					"/api/v1/projects/{id}/shifts", project), "$.id"));
		}
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			Account student = user(Role.STUDENT, world.college());
			this.accounts.addMember(admin(), world.team().getId(), student.getId());
			tokens.add(token(student));
		}
		Random random = new Random(7);
		HttpClient client = HttpClient.newBuilder()
			.executor(java.util.concurrent.Executors.newFixedThreadPool(4))
			.build();
		// the same load once on other shifts first, uncounted, so the measured run finds
		// the code compiled
		fire(client, requests(tokens, warmUpShifts, random), new long[STUDENTS * PER_STUDENT], new AtomicInteger());
		List<HttpRequest> requests = requests(tokens, shifts, random);
		long[] latencies = new long[requests.size()];
		AtomicInteger failures = new AtomicInteger();
		long started = System.nanoTime();
		fire(client, requests, latencies, failures);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);

		Map<String, Object> counts = this.jdbc.queryForMap("""
				select sum(case when status = 'CONFIRMED' then 1 else 0 end) as confirmed,
				       sum(case when status = 'WAITLISTED' then 1 else 0 end) as waitlisted
				from signup where shift_id in (select id from shift where project_id = ? and title like '测量%')""",
				Long.valueOf(project));
		double pgbench = pgbench();

		System.out.printf("%nSign-up benchmark on PostgreSQL, %d concurrent requests over HTTP on loopback%n",
				CONCURRENCY);
		System.out.printf(
				"  %,d sign-ups by %,d students to %d shifts of %d seats: %,d confirmed, %,d waitlisted, %d failed%n",
				requests.size(), STUDENTS, SHIFTS, SEATS, ((Number) counts.get("confirmed")).longValue(),
				((Number) counts.get("waitlisted")).longValue(), failures.get());
		System.out.printf("  HTTP:    %.0f sign-ups/s (%.1f s), latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				requests.size() / seconds, seconds, latencies[latencies.length / 2] / 1e6,
				latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6);
		System.out.printf("  pgbench: %.0f transactions/s for the same SQL transaction (8 clients, same database)%n%n",
				pgbench);
		assertThat(failures.get()).isZero();
		assertThat(((Number) counts.get("confirmed")).longValue()).isEqualTo((long) SHIFTS * SEATS);
	}

	private List<HttpRequest> requests(List<String> tokens, List<String> shifts, Random random) {
		List<HttpRequest> requests = new ArrayList<>();
		for (String token : tokens) {
			List<String> chosen = new ArrayList<>(shifts);
			Collections.shuffle(chosen, random);
			for (String shift : chosen.subList(0, PER_STUDENT)) {
				requests.add(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/shifts/" + shift + "/signups"))
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build());
			}
		}
		Collections.shuffle(requests, random);
		return requests;
	}

	/**
	 * Sends the requests with at most CONCURRENCY in flight; records each one's latency.
	 */
	private static void fire(HttpClient client, List<HttpRequest> requests, long[] latencies, AtomicInteger failures)
			throws InterruptedException {
		Semaphore inFlight = new Semaphore(CONCURRENCY);
		List<CompletableFuture<?>> all = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			int index = i;
			inFlight.acquire();
			long sent = System.nanoTime();
			all.add(client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding()).whenComplete((r, ex) -> {
				latencies[index] = System.nanoTime() - sent;
				if (ex != null || r.statusCode() != 201) {
					failures.incrementAndGet();
				}
				inFlight.release();
			}));
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
	}

	/**
	 * The sign-up transaction in SQL, run by pgbench on copies of the tables in the same
	 * database.
	 */
	private double pgbench() throws Exception {
		this.jdbc.execute("drop table if exists bench_signup, bench_shift, bench_account");
		this.jdbc.execute(
				"create table bench_shift (id bigint primary key, capacity int, confirmed int, waitlisted int, taken int)");
		this.jdbc.execute("create table bench_account (id bigint primary key)");
		this.jdbc.execute(
				"""
						create table bench_signup (id bigserial primary key, shift_id bigint, student_id bigint, status varchar(20),
						  queue_number int, starts_at timestamptz, ends_at timestamptz)""");
		this.jdbc.execute("create index on bench_signup (student_id, starts_at)");
		this.jdbc.execute("create index on bench_signup (shift_id, status, queue_number)");
		this.jdbc.execute("insert into bench_shift select g, 20, 0, 0, 0 from generate_series(1, " + SHIFTS + ") g");
		this.jdbc.execute("insert into bench_account select g from generate_series(1, " + STUDENTS + ") g");
		Path script = Files.createTempFile("signup", ".sql");
		Files.writeString(script,
				"""
						\\set sid random(1, %d)
						\\set stu random(1, %d)
						BEGIN;
						SELECT capacity, confirmed, taken FROM bench_shift WHERE id = :sid FOR UPDATE;
						SELECT id FROM bench_account WHERE id = :stu FOR UPDATE;
						SELECT count(*) > 0 FROM bench_signup WHERE shift_id = :sid AND student_id = :stu AND status <> 'CANCELLED';
						SELECT count(*) > 0 FROM bench_signup WHERE student_id = :stu AND status <> 'CANCELLED' AND starts_at < now() + interval '2 hours' AND ends_at > now();
						UPDATE bench_shift SET taken = taken + 1, confirmed = confirmed + CASE WHEN confirmed < capacity THEN 1 ELSE 0 END, waitlisted = waitlisted + CASE WHEN confirmed < capacity THEN 0 ELSE 1 END WHERE id = :sid;
						INSERT INTO bench_signup (shift_id, student_id, status, queue_number, starts_at, ends_at) SELECT :sid, :stu, CASE WHEN confirmed <= capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END, taken, now(), now() + interval '2 hours' FROM bench_shift WHERE id = :sid;
						INSERT INTO activity (occurred_at, actor, subject_type, subject_id, action) VALUES (now(), 'bench', 'signup', :stu, 'signed-up');
						COMMIT;
						"""
					.formatted(SHIFTS, STUDENTS));
		Matcher database = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(this.url);
		assertThat(database.find()).isTrue();
		Process process = new ProcessBuilder("pgbench", "-n", "-c", "8", "-j", "2", "-T", "10", "-f", script.toString(),
				"-h", database.group(1), "-p", database.group(2) == null ? "5432" : database.group(2), "-U", "postgres",
				database.group(3))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		this.jdbc.execute("drop table if exists bench_signup, bench_shift, bench_account");
		this.jdbc.update("delete from activity where actor = 'bench'");
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		return tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
	}

}
