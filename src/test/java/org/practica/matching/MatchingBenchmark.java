package org.practica.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates instances of the given sizes (by default 20k, 200k and 1M students), writes
 * each as JSON under {@code target/}, loads it with {@link InstanceReader}, solves it,
 * verifies the result and prints one table row per size; then solves each with the
 * efficiency-adjusted pass (everyone consenting) and simulates first come, first served
 * (a seeded arrival order), and prints the three side by side. Times are medians of
 * {@code -Dmatching.runs} runs (5 by default; loading 3). Run it with
 * {@code ./mvnw -Pmatching-benchmark test-compile exec:exec}, see docs/matching.md.
 * <p>
 * Peak heap is the sum of the heap pools' peak usage from just before the first load to
 * the end of the last adjusted pass: an upper bound, as the pools need not peak at the
 * same moment.
 */
public final class MatchingBenchmark {

	private static final int RUNS = Integer.getInteger("matching.runs", 5);

	/**
	 * Instances larger than this skip the adjusted pass (its rounds grow with the size).
	 */
	private static final int ADJUST_UP_TO = Integer.getInteger("matching.adjustUpTo", 1_000_000);

	/** The size whose file the {@code match} command solves in fresh JVMs. */
	private static final int FRESH_SIZE = Integer.getInteger("matching.freshSize", 200_000);

	/** How many fresh JVMs run the {@code match} command. */
	private static final int FRESH_RUNS = Integer.getInteger("matching.freshRuns", 5);

	/** How the documented {@code match} command runs: heap on transparent huge pages. */
	private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

	private static final String SMALL_PAGES = "-XX:-UseTransparentHugePages";

	private MatchingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = (args.length > 0) ? parseSizes(args[0]) : new int[] { 20_000, 200_000, 1_000_000 };
		Path directory = Path.of("target");
		Files.createDirectories(directory);
		System.out.printf(
				"matching benchmark, max heap %d MB, %d processors, Java %s, JVM flags %s, %d runs, load average %s%n",
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(), RUNS,
				loadAverage());
		List<String> rows = new ArrayList<>();
		List<String> fairness = new ArrayList<>();
		List<String> targets = new ArrayList<>();
		for (int students : sizes) {
			Path file = directory.resolve("matching-" + students + ".json");
			long generateStarted = System.nanoTime();
			InstanceGenerator.generate(students, 1962 + students).writeJson(file);
			long generateMillis = millis(System.nanoTime() - generateStarted);

			System.gc();
			resetPeaks();
			long[] load = new long[Math.max(1, Math.min(3, RUNS))];
			long[] loadCpu = new long[load.length];
			NamedInstance named = null;
			for (int run = 0; run < load.length; run++) {
				named = null;
				long cpu = processCpuNanos();
				long started = System.nanoTime();
				named = InstanceReader.read(file);
				load[run] = System.nanoTime() - started;
				loadCpu[run] = processCpuNanos() - cpu;
			}
			MatchingInstance instance = named.instance();
			long[] solve = new long[RUNS];
			long[] solveCpu = new long[RUNS];
			Matching matching = null;
			for (int run = 0; run < RUNS; run++) {
				long cpu = processCpuNanos();
				long started = System.nanoTime();
				matching = DeferredAcceptance.solve(instance);
				solve[run] = System.nanoTime() - started;
				solveCpu[run] = processCpuNanos() - cpu;
			}
			long verifyStarted = System.nanoTime();
			Optional<Violation> violation = StabilityVerifier.verify(instance, matching);
			long verifyMillis = millis(System.nanoTime() - verifyStarted);
			if (violation.isPresent()) {
				throw new IllegalStateException(
						"unstable result: " + violation.get().describe(named::studentId, named::positionId));
			}

			boolean[] everyone = new boolean[students];
			Arrays.fill(everyone, true);
			long[] adjust = new long[(students <= ADJUST_UP_TO) ? Math.max(1, Math.min(3, RUNS)) : 0];
			long[] adjustCpu = new long[adjust.length];
			EfficiencyAdjustment.Result adjusted = null;
			for (int run = 0; run < adjust.length; run++) {
				long cpu = processCpuNanos();
				long started = System.nanoTime();
				adjusted = EfficiencyAdjustment.solve(instance, everyone);
				adjust[run] = System.nanoTime() - started;
				adjustCpu[run] = processCpuNanos() - cpu;
			}
			long peakMegabytes = peakHeap() >> 20;
			Matching firstCome = FirstCome.assign(instance, FirstCome.shuffledArrival(students, 1962 + students));

			String row = String.format("%,10d %,9d %,10d %,8d %,8d %,8d %,8d %,9d %,11d %,10d %,9d %,8d %,7d %,7d %,7d",
					students, instance.positionCount(), instance.seats(), Files.size(file) >> 20, median(load),
					median(solve), median(solveCpu), verifyMillis, matching.proposals(), matching.assignedCount(),
					median(adjust), median(adjustCpu), (adjusted != null) ? adjusted.rounds() : -1, peakMegabytes,
					generateMillis);
			System.out.println(row);
			rows.add(row);
			targets.add(String.format(
					"  %,9d students: load %,d ms, cpu %,d ms (<= 2,000 at 1M), solve %,d ms, cpu %,d ms (<= 500),"
							+ " adjusted %,d ms, cpu %,d ms (<= 5,000), peak heap %,d MB (<= 2,048)",
					students, median(load), median(loadCpu), median(solve), median(solveCpu), median(adjust),
					median(adjustCpu), peakMegabytes));
			fairness.add(fairnessRow(students, "deferred acceptance", instance, matching, matching, null));
			if (adjusted != null) {
				fairness.add(fairnessRow(students, "adjusted (all consent)", instance, adjusted.matching(), matching,
						everyone));
			}
			fairness.add(fairnessRow(students, "first come", instance, firstCome, matching, null));
		}
		System.out.println();
		System.out.printf("%10s %9s %10s %8s %8s %8s %8s %9s %11s %10s %9s %8s %7s %7s %7s%n", "students", "positions",
				"seats", "json MB", "load ms", "solve ms", "cpu ms", "verify ms", "proposals", "assigned", "adjust ms",
				"cpu ms", "rounds", "peak MB", "gen ms");
		rows.forEach(System.out::println);
		System.out.println();
		System.out.printf("%10s %-24s %9s %8s %8s %12s %10s %11s%n", "students", "mechanism", "placed", "first %",
				"top-3 %", "envy pairs", "worse off", "better off");
		fairness.forEach(System.out::println);
		System.out.println();
		System.out.println("targets (medians; cpu ms is the process's CPU time, all threads):");
		targets.forEach(System.out::println);
		Path freshFile = directory.resolve("matching-" + FRESH_SIZE + ".json");
		if (FRESH_RUNS > 0 && Files.exists(freshFile)) {
			long[] fresh = freshMatch(freshFile, HUGE_PAGES, true);
			System.out.printf(
					"  match command, fresh JVM (%s, as documented), %,d students: solve %d ms (runs %s)  target <= 100 ms%n",
					HUGE_PAGES, FRESH_SIZE, fresh[fresh.length / 2], Arrays.toString(fresh));
			long[] small = freshMatch(freshFile, SMALL_PAGES, true);
			System.out.printf("  the same on small pages (%s): solve %d ms (runs %s)%n", SMALL_PAGES,
					small[small.length / 2], Arrays.toString(small));
			long[] cold = freshMatch(freshFile, HUGE_PAGES, false);
			System.out.printf("  the same without the warm-up while loading: solve %d ms (runs %s)%n",
					cold[cold.length / 2], Arrays.toString(cold));
		}
		System.out.printf("%nload average %s%n", loadAverage());
	}

	/**
	 * Runs the {@code match} command on the file in fresh JVMs (same class path, -Xmx2g,
	 * the given page flag), with or without its warm-up while loading, and returns the
	 * solve times they report, sorted.
	 */
	private static long[] freshMatch(Path file, String pages, boolean warmup) throws Exception {
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path out = Path.of("target", "matching-fresh-result.json");
		long[] solved = new long[FRESH_RUNS];
		for (int run = 0; run < FRESH_RUNS; run++) {
			Process process = new ProcessBuilder(javaBin, "-Xmx2g", "-XX:+IgnoreUnrecognizedVMOptions", pages,
					"-Dpractica.matching.warmup=" + warmup, "-cp", System.getProperty("java.class.path"),
					MatchCommand.class.getName(), "--in", file.toString(), "--out", out.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("match failed: " + output);
			}
			Matcher m = Pattern.compile("solved in (\\d+) ms").matcher(output);
			if (!m.find()) {
				throw new IllegalStateException("no solve time in: " + output);
			}
			solved[run] = Long.parseLong(m.group(1));
		}
		Arrays.sort(solved);
		return solved;
	}

	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	private static String fairnessRow(int students, String name, MatchingInstance instance, Matching matching,
			Matching plain, boolean[] consents) {
		Fairness f = Fairness.of(instance, matching, consents);
		int worse = 0;
		int better = 0;
		for (int s = 0; s < instance.studentCount(); s++) {
			int mine = choiceIndex(instance, s, matching.positionOf(s));
			int theirs = choiceIndex(instance, s, plain.positionOf(s));
			worse += (mine > theirs) ? 1 : 0;
			better += (mine < theirs) ? 1 : 0;
		}
		return String.format("%,10d %-24s %,9d %8.2f %8.2f %,12d %,10d %,11d", students, name, f.placed(),
				100 * f.firstChoiceShare(), 100 * f.topThreeShare(), f.justifiedEnvy(), worse, better);
	}

	private static int choiceIndex(MatchingInstance instance, int student, int position) {
		if (position == Matching.UNASSIGNED) {
			return Integer.MAX_VALUE;
		}
		int[] start = instance.choiceStart();
		int[] choices = instance.choices();
		for (int k = start[student]; k < start[student + 1]; k++) {
			if (choices[k] == position) {
				return k - start[student];
			}
		}
		return Integer.MAX_VALUE;
	}

	private static long median(long[] nanos) {
		if (nanos.length == 0) {
			return -1;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return millis(sorted[sorted.length / 2]);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
		}
		catch (Exception ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static int[] parseSizes(String list) {
		String[] parts = list.split(",");
		int[] sizes = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			sizes[i] = Integer.parseInt(parts[i].trim().replace("_", ""));
		}
		return sizes;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
