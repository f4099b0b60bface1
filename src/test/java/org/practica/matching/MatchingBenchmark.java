package org.practica.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates instances of the given sizes (by default 20k, 200k and 1M students), writes
 * each as JSON under {@code target/}, loads it with {@link InstanceReader}, solves it,
 * verifies the result and prints one table row per size. Run it with
 * {@code ./mvnw -Pmatching-benchmark test-compile exec:exec}, see docs/matching.md.
 * <p>
 * Peak heap is the sum of the heap pools' peak usage from just before loading to the end
 * of verifying: an upper bound, as the pools need not peak at the same moment.
 */
public final class MatchingBenchmark {

	private MatchingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = (args.length > 0) ? parseSizes(args[0]) : new int[] { 20_000, 200_000, 1_000_000 };
		Path directory = Path.of("target");
		Files.createDirectories(directory);
		System.out.printf("matching benchmark, max heap %d MB, %d processors, Java %s%n",
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		List<String> rows = new ArrayList<>();
		for (int students : sizes) {
			Path file = directory.resolve("matching-" + students + ".json");
			long generateStarted = System.nanoTime();
			InstanceGenerator.generate(students, 1962 + students).writeJson(file);
			long generateMillis = millis(System.nanoTime() - generateStarted);

			System.gc();
			resetPeaks();
			long started = System.nanoTime();
			NamedInstance named = InstanceReader.read(file);
			long loaded = System.nanoTime();
			Matching matching = DeferredAcceptance.solve(named.instance());
			long solved = System.nanoTime();
			Optional<Violation> violation = StabilityVerifier.verify(named.instance(), matching);
			long verified = System.nanoTime();
			long peakMegabytes = peakHeap() >> 20;

			if (violation.isPresent()) {
				throw new IllegalStateException(
						"unstable result: " + violation.get().describe(named::studentId, named::positionId));
			}
			MatchingInstance instance = named.instance();
			String row = String.format("%,10d %,9d %,10d %,8d %,8d %,8d %,9d %,11d %,10d %,9d %,7d", students,
					instance.positionCount(), instance.seats(), Files.size(file) >> 20, millis(loaded - started),
					millis(solved - loaded), millis(verified - solved), matching.proposals(), matching.assignedCount(),
					peakMegabytes, generateMillis);
			System.out.println(row);
			rows.add(row);
		}
		System.out.println();
		System.out.printf("%10s %9s %10s %8s %8s %8s %9s %11s %10s %9s %7s%n", "students", "positions", "seats",
				"json MB", "load ms", "solve ms", "verify ms", "proposals", "assigned", "peak MB", "gen ms");
		rows.forEach(System.out::println);
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
