package org.practica.signup;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.Recording;
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

	/** The CPU time the load generator's threads have spent, in nanoseconds. */
	private static final AtomicLong GENERATOR_CPU = new AtomicLong();

	/** As many as the server has request threads, each with a connection of its own. */
	private static final int PGBENCH_CLIENTS = Integer.getInteger("benchmark.pgbench-clients", 10);

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
		List<List<String>> warmUps = List.of(new ArrayList<>(), new ArrayList<>());
		for (int i = 0; i < 3 * SHIFTS; i++) {
			OffsetDateTime start = base.plusHours(3L * i);
			boolean measured = i >= 2 * SHIFTS;
			(measured ? shifts : warmUps.get(i / SHIFTS)).add(read(postAs(leader, """
					{"title":"%s %d","startsAt":"%s","endsAt":"%s","capacity":%d}
					""".formatted(measured ? "测量" : "预热", i, start, start.plusHours(2), SEATS),
					"/api/v1/projects/{id}/shifts", project), "$.id"));
		}
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			Account student = user(Role.STUDENT, world.college());
			this.accounts.addMember(admin(), world.team().getId(), student.getId());
			tokens.add(token(student));
		}
		Random random = new Random(7);
		// the same load twice on other shifts first, uncounted, so the measured run finds
		// the code compiled
		for (List<String> warmUp : warmUps) {
			fire(requests(tokens, warmUp, random), new long[STUDENTS * PER_STUDENT], new AtomicInteger());
		}
		double compilerWait = awaitQuietCompiler();
		List<byte[]> requests = requests(tokens, shifts, random);
		long[] latencies = new long[requests.size()];
		AtomicInteger failures = new AtomicInteger();
		Recording recording = startRecording();
		CpuTime before = CpuTime.now();
		long started = System.nanoTime();
		fire(requests, latencies, failures);
		double seconds = (System.nanoTime() - started) / 1e9;
		String cpu = CpuTime.now().since(before, requests.size());
		stopRecording(recording);
		Arrays.sort(latencies);

		List<Map<String, Object>> measured = this.jdbc.queryForList(
				"""
						select s.capacity, s.confirmed, s.waitlisted,
						       sum(case when g.status = 'CONFIRMED' then 1 else 0 end) as confirmed_rows,
						       sum(case when g.status = 'WAITLISTED' then 1 else 0 end) as waitlisted_rows,
						       count(distinct g.queue_number) as queue_numbers, max(g.queue_number) as last_in_queue,
						       coalesce(max(case when g.status = 'CONFIRMED' then g.queue_number end), 0) as last_confirmed,
						       coalesce(min(case when g.status = 'WAITLISTED' then g.queue_number end), 2147483647) as first_waiting
						from shift s left join signup g on g.shift_id = s.id
						where s.project_id = ? and s.title like '测量%'
						group by s.id, s.capacity, s.confirmed, s.waitlisted""",
				Long.valueOf(project));
		long confirmed = sum(measured, "confirmed_rows");
		long waitlisted = sum(measured, "waitlisted_rows");
		Long audited = this.jdbc.queryForObject("""
				select count(*) from audit_activity
				where subject_type = 'signup' and action = 'signed-up' and subject_id in (
				  select g.id from signup g join shift s on s.id = g.shift_id
				  where s.project_id = ? and s.title like '测量%')""", Long.class, Long.valueOf(project));
		double pgbench = pgbench();

		System.out.printf("%nSign-up benchmark on PostgreSQL, %d concurrent requests over HTTP on loopback%n",
				CONCURRENCY);
		System.out.printf(
				"  %,d sign-ups by %,d students to %d shifts of %d seats: %,d confirmed, %,d waitlisted, %d failed%n",
				requests.size(), STUDENTS, SHIFTS, SEATS, confirmed, waitlisted, failures.get());
		System.out.printf("  HTTP:    %.0f sign-ups/s (%.1f s), latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				requests.size() / seconds, seconds, latencies[latencies.length / 2] / 1e6,
				latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6);
		System.out.printf("  pgbench: %.0f transactions/s for the same SQL transaction (%d clients, same database)%n",
				pgbench, PGBENCH_CLIENTS);
		System.out.printf("  CPU:     %s%n", cpu);
		System.out.printf(
				"  (after a warm-up of %,d sign-ups on other shifts and %.0f s for the JIT compiler to go quiet)%n%n",
				warmUps.size() * requests.size(), compilerWait);
		assertThat(failures.get()).isZero();
		assertThat(confirmed + waitlisted).as("every sign-up kept").isEqualTo(requests.size());
		assertThat(audited).as("every sign-up in the activity log").isEqualTo(requests.size());
		assertThat(measured).hasSize(SHIFTS).allSatisfy(shift -> {
			int capacity = ((Number) shift.get("capacity")).intValue();
			long rows = ((Number) shift.get("confirmed_rows")).longValue()
					+ ((Number) shift.get("waitlisted_rows")).longValue();
			assertThat(((Number) shift.get("confirmed_rows")).longValue()).as("seats filled, none over")
				.isEqualTo(Math.min(capacity, rows));
			assertThat(((Number) shift.get("confirmed")).longValue()).as("the shift's own count")
				.isEqualTo(((Number) shift.get("confirmed_rows")).longValue());
			assertThat(((Number) shift.get("waitlisted")).longValue())
				.isEqualTo(((Number) shift.get("waitlisted_rows")).longValue());
			assertThat(((Number) shift.get("queue_numbers")).longValue()).as("one place in the queue each")
				.isEqualTo(rows);
			assertThat(((Number) shift.get("last_in_queue")).longValue()).isEqualTo(rows);
			assertThat(((Number) shift.get("last_confirmed")).longValue()).as("the waitlist comes after the seats")
				.isLessThan(((Number) shift.get("first_waiting")).longValue());
		});
		assertThat(confirmed).isEqualTo((long) SHIFTS * SEATS);
	}

	/**
	 * Waits, a minute at most, until the JIT compiler has had nothing to do for two
	 * seconds: on two busy cores it can lag the warm-up by many seconds.
	 */
	private static double awaitQuietCompiler() throws InterruptedException {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		long started = System.nanoTime();
		long deadline = started + Duration.ofMinutes(1).toNanos();
		long compiled = compiler.getTotalCompilationTime();
		for (int quiet = 0; quiet < 4 && System.nanoTime() < deadline;) {
			Thread.sleep(500);
			long now = compiler.getTotalCompilationTime();
			quiet = (now == compiled) ? quiet + 1 : 0;
			compiled = now;
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private static long sum(List<Map<String, Object>> rows, String column) {
		return rows.stream().mapToLong(row -> ((Number) row.get(column)).longValue()).sum();
	}

	/**
	 * With {@code -Dbenchmark.jfr=<file>}, a flight recording of the measured phase only
	 * (setup and warm-up left out):
	 * {@code jfr print --events jdk.ExecutionSample <file>}.
	 */
	private static Recording startRecording() throws Exception {
		String file = System.getProperty("benchmark.jfr");
		if (file == null) {
			return null;
		}
		// CPU samples and load only: the stack traces of the "profile" settings'
		// thread-park
		// and socket events cost more than the work measured
		Recording recording = new Recording();
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
		recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
		recording.enable("jdk.CPULoad").withPeriod(Duration.ofSeconds(1));
		recording.enable("jdk.ThreadCPULoad").withPeriod(Duration.ofSeconds(1));
		recording.enable("jdk.GarbageCollection");
		recording.setDestination(Path.of(file));
		recording.start();
		return recording;
	}

	private static void stopRecording(Recording recording) {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

	/** Each sign-up as the bytes of its HTTP request, in a shuffled order. */
	private List<byte[]> requests(List<String> tokens, List<String> shifts, Random random) {
		List<byte[]> requests = new ArrayList<>();
		for (String token : tokens) {
			List<String> chosen = new ArrayList<>(shifts);
			Collections.shuffle(chosen, random);
			for (String shift : chosen.subList(0, PER_STUDENT)) {
				requests.add("""
						POST /api/v1/shifts/%s/signups HTTP/1.1\r
						Host: 127.0.0.1:%d\r
						Authorization: Bearer %s\r
						Content-Length: 0\r
						\r
						""".formatted(shift, this.port, token).getBytes(StandardCharsets.US_ASCII));
			}
		}
		Collections.shuffle(requests, random);
		return requests;
	}

	/**
	 * The load generator: CONCURRENCY threads, each with a kept-alive HTTP/1.1
	 * connection, sending the next request as soon as its last one is answered (a closed
	 * loop, as wrk does); each request's latency is recorded. Plain sockets, so that the
	 * generator takes little of the two cores it shares with the server (the JDK's
	 * HttpClient, with an executor of its own, started a thread per response here).
	 */
	private void fire(List<byte[]> requests, long[] latencies, AtomicInteger failures) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < CONCURRENCY; i++) {
			running.add(clients.submit(() -> {
				long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				Connection connection = null;
				for (int index = next.getAndIncrement(); index < requests.size(); index = next.getAndIncrement()) {
					long sent = System.nanoTime();
					if (connection == null) {
						connection = new Connection(this.port);
					}
					Response response = connection.exchange(requests.get(index));
					latencies[index] = System.nanoTime() - sent;
					if (response.status() != 201) {
						failures.incrementAndGet();
					}
					if (response.closed()) {
						connection.close();
						connection = null;
					}
				}
				if (connection != null) {
					connection.close();
				}
				GENERATOR_CPU.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		clients.shutdown();
	}

	private record Response(int status, boolean closed) {
	}

	/**
	 * One HTTP/1.1 client connection: writes a request, reads the status, the headers and
	 * the body (by length or in chunks).
	 */
	private static final class Connection implements AutoCloseable {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		Connection(int port) throws IOException {
			this.socket = new Socket("127.0.0.1", port);
			this.socket.setTcpNoDelay(true);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream());
		}

		Response exchange(byte[] request) throws IOException {
			this.out.write(request);
			this.out.flush();
			int status = Integer.parseInt(line().split(" ")[1]);
			int length = 0;
			boolean chunked = false;
			boolean closed = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
				String value = header.substring(header.indexOf(':') + 1).strip();
				switch (name) {
					case "content-length" -> length = Integer.parseInt(value);
					case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
					case "connection" -> closed = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			if (chunked) {
				for (int size = Integer.parseInt(line(), 16); size > 0; size = Integer.parseInt(line(), 16)) {
					this.in.readNBytes(size);
					line();
				}
				line();
			}
			else {
				this.in.readNBytes(length);
			}
			return new Response(status, closed);
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					throw new EOFException("connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

	/**
	 * CPU time spent by this JVM, by its server threads (Tomcat's, which run the whole
	 * request) and its load generator, by the PostgreSQL server's processes, and by the
	 * whole machine; read from the JVM and from Linux's /proc. What the JVM spent beyond
	 * the server and the generator went to the JIT compiler, the garbage collector and
	 * the pool's housekeeping.
	 */
	private record CpuTime(long jvmNanos, Map<Long, Long> serverThreadNanos, long generatorNanos, long postgresTicks,
			long machineBusyTicks, long machineTicks) {

		private static final double TICK_MS = 10;

		static CpuTime now() throws IOException {
			long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			Map<Long, Long> server = new HashMap<>();
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread.getName().startsWith("http-nio-")) {
					server.put(thread.getId(), threads.getThreadCpuTime(thread.getId()));
				}
			}
			long postgres = 0;
			try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
				for (Path process : processes) {
					try {
						String stat = Files.readString(process.resolve("stat"));
						if (stat.contains("(postgres)")) {
							String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							postgres += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
						}
					}
					catch (IOException ex) {
						// the process ended meanwhile
					}
				}
			}
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
			long total = 0;
			for (int i = 1; i <= 8; i++) {
				total += Long.parseLong(cpu[i]);
			}
			return new CpuTime(jvm, server, GENERATOR_CPU.get(), postgres, total - idle, total);
		}

		String since(CpuTime before, int signUps) {
			double jvm = (this.jvmNanos - before.jvmNanos) / 1e6 / signUps;
			double server = this.serverThreadNanos.entrySet()
				.stream()
				.mapToLong(thread -> thread.getValue() - before.serverThreadNanos.getOrDefault(thread.getKey(), 0L))
				.sum() / 1e6 / signUps;
			double generator = (this.generatorNanos - before.generatorNanos) / 1e6 / signUps;
			double postgres = (this.postgresTicks - before.postgresTicks) * TICK_MS / signUps;
			long machine = this.machineTicks - before.machineTicks;
			long busy = this.machineBusyTicks - before.machineBusyTicks;
			return ("""
					%.2f ms per sign-up in the server's threads, %.2f ms in the load generator, %.2f ms in the rest of \
					the JVM (JIT, GC), %.2f ms in PostgreSQL, %.2f ms in other processes; machine %.0f%% busy (%d cores)""")
				.formatted(server, generator, Math.max(0, jvm - server - generator), postgres,
						Math.max(0, busy * TICK_MS / signUps - jvm - postgres), 100.0 * busy / machine,
						Runtime.getRuntime().availableProcessors());
		}

	}

	/**
	 * The sign-up transaction in SQL, statement for statement as the application sends it
	 * (prepared, as the JDBC driver does), run by pgbench on copies of the tables in the
	 * same database, with their indexes and foreign keys, and with as many clients as the
	 * application's connection pool.
	 */
	private double pgbench() throws Exception {
		this.jdbc.execute("drop table if exists bench_signup, bench_shift, bench_project, bench_account");
		this.jdbc.execute("""
				create table bench_project (id bigint primary key, status varchar(20) not null,
				  community_path varchar(200) not null, team_id bigint)""");
		this.jdbc.execute(
				"""
						create table bench_shift (id bigint primary key, project_id bigint not null references bench_project (id),
						  starts_at timestamptz not null, ends_at timestamptz not null, capacity int not null,
						  confirmed int not null, waitlisted int not null, taken int not null, version bigint not null,
						  updated_at timestamptz not null)""");
		this.jdbc.execute("create table bench_account (id bigint primary key)");
		this.jdbc.execute(
				"""
						create table bench_signup (id bigserial primary key, shift_id bigint not null references bench_shift (id),
						  project_id bigint not null, student_id bigint not null references bench_account (id),
						  status varchar(20) not null, queue_number int not null, starts_at timestamptz not null,
						  ends_at timestamptz not null, signed_up_at timestamptz not null, confirmed_before boolean not null,
						  unique (shift_id, queue_number))""");
		this.jdbc.execute("create index on bench_signup (student_id, starts_at)");
		this.jdbc.execute("create index on bench_signup (shift_id, status, queue_number)");
		this.jdbc.execute("create index on bench_signup (status, starts_at)");
		this.jdbc.execute("insert into bench_project values (1, 'ACTIVE', '/1/2/', 3)");
		this.jdbc.execute("insert into bench_shift select g, 1, now() + g * interval '3 hours', "
				+ "now() + g * interval '3 hours' + interval '2 hours', " + SEATS + ", 0, 0, 0, 0, now() "
				+ "from generate_series(1, " + SHIFTS + ") g");
		this.jdbc.execute("insert into bench_account select g from generate_series(1, " + STUDENTS + ") g");
		Path script = Files.createTempFile("signup", ".sql");
		Files.writeString(script,
				"""
						\\set sid random(1, %d)
						\\set stu random(1, %d)
						BEGIN;
						SELECT project_id, starts_at, ends_at, capacity, confirmed, waitlisted, taken, version FROM bench_shift WHERE id = :sid FOR NO KEY UPDATE \\gset
						SELECT id, status, community_path, team_id FROM bench_project WHERE id = :project_id;
						SELECT id FROM bench_account WHERE id = :stu FOR NO KEY UPDATE;
						SELECT shift_id FROM bench_signup WHERE student_id = :stu AND status <> 'CANCELLED' AND starts_at < :ends_at AND ends_at > :starts_at LIMIT 2;
						\\set seated case when :confirmed < :capacity then 1 else 0 end
						INSERT INTO audit_activity (occurred_at, actor, subject_type, subject_id, action) VALUES (now(), 'bench', 'signup', :stu, 'signed-up');
						INSERT INTO bench_signup (shift_id, project_id, student_id, status, queue_number, starts_at, ends_at, signed_up_at, confirmed_before) VALUES (:sid, :project_id, :stu, CASE WHEN :seated = 1 THEN 'CONFIRMED' ELSE 'WAITLISTED' END, :taken + 1, :starts_at, :ends_at, now(), :seated = 1);
						UPDATE bench_shift SET confirmed = confirmed + :seated, waitlisted = waitlisted + 1 - :seated, taken = taken + 1, version = version + 1, updated_at = now() WHERE id = :sid AND version = :version;
						COMMIT;
						"""
					.formatted(SHIFTS, STUDENTS));
		Matcher database = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(this.url);
		assertThat(database.find()).isTrue();
		Process process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(PGBENCH_CLIENTS),
				"-j", "2", "-T", "10", "-f", script.toString(), "-h", database.group(1), "-p",
				database.group(2) == null ? "5432" : database.group(2), "-U", "postgres", database.group(3))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		this.jdbc.execute("drop table if exists bench_signup, bench_shift, bench_project, bench_account");
		this.jdbc.update("delete from audit_activity where actor = 'bench'");
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		return tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
	}

}
