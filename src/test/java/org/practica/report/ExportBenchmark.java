package org.practica.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Organisation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of 1,000,000 hours entries as XLSX and CSV over HTTP on loopback, in a JVM of
 * at most 512 MB heap. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=ExportBenchmark -DargLine=-Xmx512m} (an H2 file
 * database under {@code target/}, since an in-memory one would not fit in the heap), or
 * with SPRING_DATASOURCE_URL pointing at an empty PostgreSQL database. Target: under 60
 * seconds each.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportBenchmark extends ApiTestSupport {

	private static final int ENTRIES = Integer.getInteger("benchmark.entries", 1_000_000);

	private static final int STUDENTS = 5_000;

	private static final int PROJECTS = 5;

	private static final long MAX_HEAP = 512L * 1024 * 1024;

	private static final Path WORK = Path.of("target", "export-benchmark");

	private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + WORK.resolve("db")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000");
		}
	}

	@Test
	void exportsAMillionHoursEntriesWithinA512MegabyteHeap() throws Exception {
		long maxHeap = Runtime.getRuntime().maxMemory();
		assertThat(maxHeap).as("run with -DargLine=-Xmx512m").isLessThanOrEqualTo(MAX_HEAP);
		World world = world();
		List<String> projects = new ArrayList<>();
		for (int i = 0; i < PROJECTS; i++) {
			projects.add(project(world));
		}
		long loadStarted = System.nanoTime();
		long[] students = insertStudents(world.college());
		String database = insertEntries(world, students, projects);
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
		String university = world.university().getPath() + "%";
		long inScope = this.jdbc.queryForObject("select count(*) from hours_entry where student_path like ?",
				Long.class, university);
		assertThat(inScope).isEqualTo(ENTRIES);

		String token = token(world.universityAdmin());
		String query = "?organisationId=" + world.university().getId() + "&from=" + FIRST_DAY + "&to="
				+ FIRST_DAY.plusDays(364);
		System.out.printf("%nExport benchmark on %s, max heap %,d MB%n", database, maxHeap / (1024 * 1024));
		System.out.printf("  hours entries loaded: %,d in %,d ms (%s)%n", ENTRIES, loadMillis,
				database.startsWith("PostgreSQL") ? "COPY" : "batched inserts");
		Run csv = export(token, "/api/v1/reports/hours.csv" + query, WORK.resolve("hours.csv"));
		long csvRows = lines(WORK.resolve("hours.csv")) - 1;
		print("hours.csv ", csv, csvRows);
		Run xlsx = export(token, "/api/v1/reports/hours.xlsx" + query, WORK.resolve("hours.xlsx"));
		long xlsxRows = rows(WORK.resolve("hours.xlsx")) - 1;
		print("hours.xlsx", xlsx, xlsxRows);
		System.out.println();

		assertThat(csvRows).isEqualTo(ENTRIES);
		assertThat(xlsxRows).isEqualTo(ENTRIES);
		assertThat(csv.millis()).isLessThan(60_000);
		assertThat(xlsx.millis()).isLessThan(60_000);
	}

	private static void print(String what, Run run, long rows) {
		System.out.printf(
				"  %s: %,d rows, %,d bytes in %,d ms (target < 60,000 ms); heap used at most %,d MB, live after GC at most %,d MB%n",
				what, rows, run.bytes(), run.millis(), run.peakHeap() / (1024 * 1024),
				run.peakAfterGc() / (1024 * 1024));
	}

	/**
	 * Downloads the export to a file, timing it from the request to the last byte, and
	 * the heap meanwhile: the peak of each heap pool summed (garbage included), and the
	 * most the heap held right after a collection (what was live).
	 */
	private Run export(String token, String path, Path file) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicLong afterGc = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				afterGc.accumulateAndGet(pools.stream()
					.mapToLong((pool) -> pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed())
					.sum(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.build();
		long started = System.nanoTime();
		HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		long bytes;
		try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
			bytes = in.transferTo(out);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		sampler.interrupt();
		sampler.join();
		assertThat(response.statusCode()).isEqualTo(200);
		long peak = pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		return new Run(millis, bytes, peak, afterGc.get());
	}

	private static long lines(Path file) throws IOException {
		long lines = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return lines;
	}

	/** Counts the rows of the first sheet by scanning its XML as it is unzipped. */
	private static long rows(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			byte[] tag = "<row ".getBytes();
			long rows = 0;
			int matched = 0;
			byte[] buffer = new byte[1 << 16];
			try (InputStream in = zip.getInputStream(sheet)) {
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					for (int i = 0; i < read; i++) {
						matched = buffer[i] == tag[matched] ? matched + 1 : (buffer[i] == tag[0] ? 1 : 0);
						if (matched == tag.length) {
							rows++;
							matched = 0;
						}
					}
				}
			}
			return rows;
		}
	}

	private long[] insertStudents(Organisation college) {
		long[] ids = new long[STUDENTS];
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			ids[i] = 4_000_000_000L + i;
			batch.add(new Object[] { ids[i], "bench.student." + i, "{noop}unused",
					(i % 3 == 0) ? "学生" + i : "Student " + i, college.getId(), "B" + (20250000 + i), now, now });
		}
		this.jdbc.batchUpdate("""
				insert into account (id, username, password_hash, display_name, organisation_id, student_number,
				  created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", batch);
		return ids;
	}

	/**
	 * A million entries: by COPY on PostgreSQL, by batched inserts elsewhere. Mostly
	 * verified, some pending, disputed or back-filled, spread over a year.
	 */
	private String insertEntries(World world, long[] students, List<String> projects) throws Exception {
		Instant now = Instant.now();
		try (Connection connection = this.jdbc.getDataSource().getConnection()) {
			String database = connection.getMetaData().getDatabaseProductName();
			String columns = "id, student_id, project_id, work_date, hours, status, source, community_path, team_path, "
					+ "student_path, community_verified_at, community_verified_by, recorded_at, recorded_by, version";
			if (database.startsWith("PostgreSQL")) {
				Object copy = connection.unwrap(Class.forName("org.postgresql.PGConnection"))
					.getClass()
					.getMethod("getCopyAPI")
					.invoke(connection.unwrap(Class.forName("org.postgresql.PGConnection")));
				Method copyIn = copy.getClass().getMethod("copyIn", String.class, Reader.class);
				StringBuilder chunk = new StringBuilder();
				for (int i = 0; i < ENTRIES; i++) {
					Object[] row = entry(i, world, students, projects, now);
					for (int c = 0; c < row.length; c++) {
						chunk.append(c == 0 ? "" : "\t").append(row[c] == null ? "\\N" : row[c]);
					}
					chunk.append('\n');
					if ((i + 1) % 50_000 == 0 || i == ENTRIES - 1) {
						copyIn.invoke(copy, "copy hours_entry (" + columns + ") from stdin",
								new StringReader(chunk.toString()));
						chunk.setLength(0);
					}
				}
			}
			else {
				List<Object[]> batch = new ArrayList<>();
				for (int i = 0; i < ENTRIES; i++) {
					Object[] row = entry(i, world, students, projects, now);
					row[3] = Date.valueOf((LocalDate) row[3]);
					row[10] = row[10] == null ? null : Timestamp.from((Instant) row[10]);
					row[12] = Timestamp.from((Instant) row[12]);
					batch.add(row);
					if (batch.size() == 5_000) {
						this.jdbc.batchUpdate("insert into hours_entry (" + columns
								+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
						batch.clear();
					}
				}
				if (!batch.isEmpty()) {
					this.jdbc.batchUpdate("insert into hours_entry (" + columns
							+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
				}
			}
			return database;
		}
	}

	private static Object[] entry(int i, World world, long[] students, List<String> projects, Instant now) {
		String status = (i % 10 == 0) ? "PENDING" : (i % 97 == 0) ? "DISPUTED" : "VERIFIED";
		return new Object[] { 5_000_000_000L + i, students[i % students.length],
				Long.valueOf(projects.get(i % projects.size())), FIRST_DAY.plusDays(i % 365),
				BigDecimal.valueOf(1 + (i % 8), 1).multiply(BigDecimal.valueOf(5)), status,
				(i % 13 == 0) ? "BACKFILL" : "ATTENDANCE", world.community().getPath(), world.team().getPath(),
				world.college().getPath(), status.equals("VERIFIED") ? now : null,
				status.equals("VERIFIED") ? "community.admin" : null, now, "benchmark", 0 };
	}

	private record Run(long millis, long bytes, long peakHeap, long peakAfterGc) {
	}

}
