package org.practica.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code match} command: reads an instance file, solves it and writes the result
 * file, without starting the application. <pre>
 * java -jar practica.jar match --in instance.json --out result.json [--verify]
 * </pre> Exits 0 on success, 1 on bad input or I/O failure (writing no result), 2 on bad
 * usage.
 */
public final class MatchCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	private static final String USAGE_LINE = "usage: match --in <instance.json> --out <result.json> [--verify]";

	private MatchCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code match}
	 * @param out where the summary goes
	 * @param err where errors go
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path in = null;
		Path result = null;
		boolean verify = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ((arg.equals("--in") || arg.equals("--out")) && i + 1 < args.length) {
				Path path = Path.of(args[++i]);
				if (arg.equals("--in")) {
					in = path;
				}
				else {
					result = path;
				}
			}
			else if (arg.equals("--verify")) {
				verify = true;
			}
			else {
				err.println("unexpected argument: " + arg);
				err.println(USAGE_LINE);
				return USAGE;
			}
		}
		if (in == null || result == null) {
			err.println(USAGE_LINE);
			return USAGE;
		}
		// the solver's loops are compiled while the file is read (off with
		// -Dpractica.matching.warmup=false)
		Warmup warmup = Boolean.parseBoolean(System.getProperty("practica.matching.warmup", "true")) ? Warmup.start()
				: null;
		try {
			long started = System.nanoTime();
			NamedInstance named = InstanceReader.read(in);
			if (warmup != null) {
				warmup.stop();
			}
			long loaded = System.nanoTime();
			Matching matching = DeferredAcceptance.solve(named.instance());
			long solved = System.nanoTime();
			if (verify) {
				Optional<Violation> violation = StabilityVerifier.verify(named.instance(), matching);
				if (violation.isPresent()) {
					err.println("the matching failed verification: "
							+ violation.get().describe(named::studentId, named::positionId));
					return FAILED;
				}
			}
			MatchingStats stats = MatchingStats.of(named.instance(), matching, millis(solved - loaded));
			ResultWriter.write(named, matching, stats, result);
			out.printf(
					"assigned %d of %d students to %d positions (%d seats) with %d proposals; "
							+ "loaded in %d ms, solved in %d ms%s%n",
					stats.assigned(), stats.students(), stats.positions(), stats.seats(), stats.proposals(),
					millis(loaded - started), stats.solveMillis(), verify ? ", verified stable" : "");
			return OK;
		}
		catch (InvalidInstanceException ex) {
			err.println("invalid instance " + in + ": " + ex.getMessage());
			return FAILED;
		}
		catch (NoSuchFileException ex) {
			err.println("no such file: " + ex.getFile());
			return FAILED;
		}
		catch (IOException ex) {
			err.println("cannot match " + in + " to " + result + ": " + ex);
			return FAILED;
		}
		finally {
			if (warmup != null) {
				warmup.stop();
			}
		}
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
