import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drill's load driver (deploy/cluster drill), run as a single source file: {@code java deploy/LoadDriver.java
 * MODE ...}. Talks to the balancer only, over loopback, through the JSON API as a client would.
 * <ul>
 * <li>{@code setup BASE DIR ADMIN_PASSWORD STUDENTS SHIFTS}: shifts on the demo's tutoring project (as its team
 * leader) and students in its team (as the platform admin), each with a token: DIR/students.txt, DIR/shifts.txt.
 * <li>{@code rush BASE DIR PHASE CONCURRENCY SECONDS}: sign-ups as fast as they are answered, by CONCURRENCY clients,
 * until SECONDS pass or DIR/stop appears; every answer is written to DIR/answers-PHASE.txt (status, sign-up id). A
 * sign-up answered 5xx or not at all is asked again after 250 ms, as a client would, until it is answered.
 * <li>{@code soak BASE DIR RATE SECONDS}: RATE requests a second (a quarter sign-ups, the rest reads of shifts and of a
 * student's sign-ups), p99 and 5xx printed per minute; exits 1 on any 5xx or failed connection.
 * </ul>
 * Each (student, shift) pair is used once across phases (DIR/pairs.next). Bounded in count and time.
 */
public class LoadDriver {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.executor(Executors.newFixedThreadPool(4, r -> {
			Thread thread = new Thread(r);
			thread.setDaemon(true);
			return thread;
		}))
		.build();

	static final String PASSWORD = "Drill-Seat-2026!kq";

	public static void main(String[] args) {
		try {
			run(args);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	static void run(String[] args) throws Exception {
		switch (args[0]) {
			case "setup" -> {
				setup(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
				System.exit(0);
			}
			case "rush" -> System.exit(rush(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]),
					Integer.parseInt(args[5])));
			case "soak" -> System.exit(soak(args[1], Path.of(args[2]), Double.parseDouble(args[3]),
					Integer.parseInt(args[4])));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// ---- setup

	static void setup(String base, Path dir, String adminPassword, int students, int shifts) throws Exception {
		String admin = token(base, "admin", adminPassword);
		String leader = token(base, "tutor", "practica-demo");
		Map<?, ?> me = (Map<?, ?>) Json.parse(call(base, "GET", "/api/v1/me", leader, null, 200).body());
		Long team = null;
		for (Object role : (List<?>) me.get("roles")) {
			Map<?, ?> r = (Map<?, ?>) role;
			if ("TEAM_LEADER".equals(r.get("role"))) {
				team = num(r.get("organisationId"));
			}
		}
		Map<?, ?> teamOrg = (Map<?, ?>) Json.parse(call(base, "GET", "/api/v1/organisations/" + team, admin, null, 200).body());
		long college = num(teamOrg.get("parentId"));
		Object projects = Json.parse(call(base, "GET", "/api/v1/projects?organisationId=" + team, leader, null, 200).body());
		List<?> items = (projects instanceof Map<?, ?> page) ? (List<?>) page.get("items") : (List<?>) projects;
		Long project = null;
		for (Object item : items) {
			Map<?, ?> p = (Map<?, ?>) item;
			if ("ACTIVE".equals(p.get("status"))) {
				project = num(p.get("id"));
			}
		}
		if (project == null) {
			throw new IllegalStateException("no active project of the tutoring team: " + items);
		}
		String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
		OffsetDateTime first = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(2).atTime(8, 0).atOffset(ZoneOffset.ofHours(8));
		List<String> shiftIds = Collections.synchronizedList(new ArrayList<>());
		final long projectId = project;
		parallel(shifts, 4, i -> {
			OffsetDateTime start = first.plusHours(2L * i);
			String body = "{\"title\":\"演练 %s-%d\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"capacity\":20}".formatted(run, i,
					start, start.plusHours(1));
			shiftIds.add(i + " " + id(call(base, "POST", "/api/v1/projects/" + projectId + "/shifts", leader, body, 201)));
		});
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		final long teamId = team;
		parallel(students, 4, i -> {
			String username = "drill." + run + "." + i;
			String body = ("{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"演练学生 %d\",\"role\":\"STUDENT\","
					+ "\"organisationId\":%d,\"studentNumber\":\"D%s%05d\"}").formatted(username, PASSWORD, i, college, run, i);
			long id = id(call(base, "POST", "/api/v1/users", admin, body, 201));
			call(base, "POST", "/api/v1/organisations/" + teamId + "/members", admin, "{\"userId\":" + id + "}", 201);
			lines.add(i + " " + id + " " + token(base, username, PASSWORD));
		});
		Files.write(dir.resolve("shifts.txt"), sorted(shiftIds));
		Files.write(dir.resolve("students.txt"), sorted(lines));
		Files.writeString(dir.resolve("admin.token"), admin);
		Files.writeString(dir.resolve("project.txt"), projectId + "\n");
		System.out.printf("setup: project %d, %d shifts of 20 seats, %d students in team %d (college %d)%n", projectId,
				shiftIds.size(), lines.size(), teamId, college);
	}

	static List<String> sorted(List<String> lines) {
		List<String> copy = new ArrayList<>(lines);
		copy.sort((a, b) -> Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0])));
		return copy.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList();
	}

	interface Step {

		void run(int i) throws Exception;

	}

	static void parallel(int count, int threads, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		List<java.util.concurrent.Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			done.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					step.run(i);
				}
				return null;
			}));
		}
		for (var f : done) {
			f.get();
		}
		pool.shutdown();
	}

	// ---- the work

	record Student(long id, String token) {
	}

	record World(List<Student> students, List<Long> shifts) {

		static World read(Path dir) throws IOException {
			List<Student> students = Files.readAllLines(dir.resolve("students.txt")).stream().map(l -> l.split(" "))
				.map(p -> new Student(Long.parseLong(p[0]), p[1])).toList();
			List<Long> shifts = Files.readAllLines(dir.resolve("shifts.txt")).stream().map(Long::parseLong).toList();
			return new World(students, shifts);
		}

		/** The n-th (student, shift) pair, in an order that keeps many shifts contended at once. */
		long[] pair(long n) {
			int s = (int) (n % students.size());
			long round = n / students.size();
			if (round >= shifts.size()) {
				return null;
			}
			int shift = (int) ((round + s / 20) % shifts.size());
			return new long[] { s, shift };
		}

	}

	/** The pairs not used by an earlier phase: from the first unused one to the end. */
	static long[] nextPairs(Path dir, World world) throws IOException {
		Path file = dir.resolve("pairs.next");
		long from = Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
		return new long[] { from, (long) world.students().size() * world.shifts().size() };
	}

	static void used(Path dir, AtomicLong next, long[] range) throws IOException {
		Files.writeString(dir.resolve("pairs.next"), Long.toString(Math.min(next.get(), range[1])));
	}

	/** Sign-ups as fast as the cluster answers them. */
	static int rush(String base, Path dir, String phase, int concurrency, int seconds) throws Exception {
		World world = World.read(dir);
		long[] range = nextPairs(dir, world);
		AtomicLong next = new AtomicLong(range[0]);
		Path stop = dir.resolve("stop");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		for (int c = 0; c < concurrency; c++) {
			pool.submit(() -> {
				while (System.nanoTime() < deadline && !Files.exists(stop)) {
					long n = next.getAndIncrement();
					long[] pair = (n < range[1]) ? world.pair(n) : null;
					if (pair == null) {
						return;
					}
					Student student = world.students().get((int) pair[0]);
					long shift = world.shifts().get((int) pair[1]);
					// a client asks again after a 5xx or a broken connection, after a pause (as Retry-After
					// asks), until the sign-up is answered: a pair is never given up for an outage
					String status = "conn";
					while (true) {
						long t0 = System.nanoTime();
						String body = "";
						try {
							HttpResponse<String> answer = send(base, "POST", "/api/v1/shifts/" + shift + "/signups",
									student.token(), null);
							status = Integer.toString(answer.statusCode());
							body = answer.body();
						}
						catch (Exception ex) {
							status = "conn";
						}
						latencies.add(System.nanoTime() - t0);
						if (statuses.isEmpty()) {
							// the drill's faults wait for the rush to be under way
							try {
								Files.writeString(dir.resolve("started-" + phase), "");
							}
							catch (IOException ex) {
								throw new java.io.UncheckedIOException(ex);
							}
						}
						statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
						String signup = status.equals("201") ? Long.toString(idOrZero(body)) : "-";
						answers.add(status + " " + signup + " " + student.id() + " " + shift + " "
								+ (System.currentTimeMillis() / 1000));
						boolean retry = status.equals("conn") || status.startsWith("5");
						if (!retry || System.nanoTime() >= deadline || Files.exists(stop)) {
							break;
						}
						try {
							Thread.sleep(250);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		used(dir, next, range);
		Files.write(dir.resolve("answers-" + phase + ".txt"), answers, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		int ok = statuses.getOrDefault("201", new AtomicInteger()).get();
		System.out.printf("%s: %d sign-up requests answered in %.1f s by %d clients: %s; %.0f answers/s, %.0f sign-ups/s "
				+ "(201), p50 %.1f ms, p99 %.1f ms%n", phase, sorted.length, elapsed, concurrency, statuses,
				sorted.length / elapsed, ok / elapsed, pct(sorted, 0.5), pct(sorted, 0.99));
		Files.writeString(dir.resolve("rate-" + phase + ".txt"), Long.toString(Math.round(ok / elapsed)));
		return 0;
	}

	/** A steady rate of a mix of requests, per-minute figures, no 5xx allowed. */
	static int soak(String base, Path dir, double rate, int seconds) throws Exception {
		World world = World.read(dir);
		long total = Math.round(rate * seconds);
		long[] range = nextPairs(dir, world);
		AtomicLong nextPair = new AtomicLong(range[0]);
		ExecutorService pool = Executors.newFixedThreadPool(64);
		Random random = new Random(11);
		int minutes = (seconds + 59) / 60;
		List<ConcurrentLinkedQueue<Long>> perMinute = new ArrayList<>();
		List<AtomicInteger> errors = new ArrayList<>();
		for (int m = 0; m < minutes; m++) {
			perMinute.add(new ConcurrentLinkedQueue<>());
			errors.add(new AtomicInteger());
		}
		ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
		Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
		long started = System.nanoTime();
		long interval = (long) (1e9 / rate);
		int reported = 0;
		for (long i = 0; i < total; i++) {
			long due = started + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int minute = (int) Math.min(minutes - 1, (System.nanoTime() - started) / 60_000_000_000L);
			while (reported < minute) {
				report(reported, perMinute.get(reported), errors.get(reported));
				reported++;
			}
			Student student = world.students().get(random.nextInt(world.students().size()));
			long shift = world.shifts().get(random.nextInt(world.shifts().size()));
			String method = "GET";
			String path;
			long[] pair = null;
			if (i % 4 == 0 && nextPair.get() < range[1] && (pair = world.pair(nextPair.getAndIncrement())) != null) {
				student = world.students().get((int) pair[0]);
				shift = world.shifts().get((int) pair[1]);
				method = "POST";
				path = "/api/v1/shifts/" + shift + "/signups";
			}
			else {
				path = (i % 2 == 0) ? "/api/v1/shifts/" + shift : "/api/v1/me/signups";
			}
			final Student who = student;
			final String m = method;
			final String p = path;
			final long sh = shift;
			pool.submit(() -> {
				long t0 = System.nanoTime();
				String status;
				String body = "";
				try {
					HttpResponse<String> answer = send(base, m, p, who.token(), null);
					status = Integer.toString(answer.statusCode());
					body = answer.body();
				}
				catch (Exception ex) {
					status = "conn";
				}
				long took = System.nanoTime() - t0;
				perMinute.get(minute).add(took);
				statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
				if (status.startsWith("5") || status.equals("conn")) {
					errors.get(minute).incrementAndGet();
				}
				if (m.equals("POST") && status.equals("201")) {
					answers.add("201 " + idOrZero(body) + " " + who.id() + " " + sh + " " + (System.currentTimeMillis() / 1000));
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(120, TimeUnit.SECONDS);
		while (reported < minutes) {
			report(reported, perMinute.get(reported), errors.get(reported));
			reported++;
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		used(dir, nextPair, range);
		Files.write(dir.resolve("answers-soak.txt"), answers, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		int failed = errors.stream().mapToInt(AtomicInteger::get).sum();
		System.out.printf("soak: %d requests in %.0f s (%.1f/s asked, %.1f/s done): %s; 5xx or failed connections: %d%n",
				total, elapsed, rate, total / elapsed, statuses, failed);
		return (failed == 0) ? 0 : 1;
	}

	static void report(int minute, ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) {
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("soak minute %d: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, 5xx/failed %d%n", minute + 1,
				sorted.length, pct(sorted, 0.5), pct(sorted, 0.99), pct(sorted, 1.0), errors.get());
		System.out.flush();
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * p))] / 1e6;
	}

	// ---- HTTP

	static String token(String base, String username, String password) throws Exception {
		String body = "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password);
		return (String) ((Map<?, ?>) Json.parse(call(base, "POST", "/api/v1/auth/token", null, body, 200).body()))
			.get("token");
	}

	static HttpResponse<String> call(String base, String method, String path, String token, String body, int expected)
			throws Exception {
		HttpResponse<String> answer = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			answer = send(base, method, path, token, body);
			if (answer.statusCode() == expected) {
				return answer;
			}
			if (answer.statusCode() < 500 && answer.statusCode() != 429) {
				break;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
	}

	static HttpResponse<String> send(String base, String method, String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
				: HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long id(HttpResponse<String> answer) {
		return num(((Map<?, ?>) Json.parse(answer.body())).get("id"));
	}

	/** The API writes ids as strings, figures as numbers. */
	static long num(Object value) {
		return (value instanceof Number n) ? n.longValue() : Long.parseLong(value.toString());
	}

	static long idOrZero(String body) {
		try {
			return num(((Map<?, ?>) Json.parse(body)).get("id"));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/** Just enough JSON to read the API's answers. */
	static final class Json {

		private final String text;

		private int at;

		private Json(String text) {
			this.text = text;
		}

		static Object parse(String text) {
			return new Json(text).value();
		}

		private Object value() {
			space();
			char c = text.charAt(at);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				at++;
				space();
				if (text.charAt(at) == '}') {
					at++;
					return map;
				}
				while (true) {
					space();
					String key = string();
					space();
					at++; // :
					map.put(key, value());
					space();
					if (text.charAt(at++) == '}') {
						return map;
					}
				}
			}
			if (c == '[') {
				List<Object> list = new ArrayList<>();
				at++;
				space();
				if (text.charAt(at) == ']') {
					at++;
					return list;
				}
				while (true) {
					list.add(value());
					space();
					if (text.charAt(at++) == ']') {
						return list;
					}
				}
			}
			if (c == '"') {
				return string();
			}
			int start = at;
			while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
				at++;
			}
			String word = text.substring(start, at);
			return switch (word) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "null" -> null;
				default -> word.contains(".") || word.contains("e") ? (Number) Double.valueOf(word) : (Number) Long.valueOf(word);
			};
		}

		private String string() {
			StringBuilder out = new StringBuilder();
			at++;
			while (true) {
				char c = text.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c == '\\') {
					char e = text.charAt(at++);
					switch (e) {
						case 'n' -> out.append('\n');
						case 't' -> out.append('\t');
						case 'r' -> out.append('\r');
						case 'b' -> out.append('\b');
						case 'f' -> out.append('\f');
						case 'u' -> {
							out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
							at += 4;
						}
						default -> out.append(e);
					}
				}
				else {
					out.append(c);
				}
			}
		}

		private void space() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

	}

}
