package org.practica.matching;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a matching in the JSON format <pre>
 * {"assignments": {"&lt;sid&gt;": "&lt;pid&gt;"}, "unassigned": ["&lt;sid&gt;", …],
 *  "stats": {"students", "positions", "seats", "assigned", "proposals", "solveMillis"}}
 * </pre> with students in input order.
 */
public final class ResultWriter {

	private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private ResultWriter() {
	}

	/**
	 * Writes the result to a file atomically: to a temporary file beside it first, then
	 * moved into place, so the file is either absent, as before, or complete.
	 * @param named the instance with its ids
	 * @param matching the matching
	 * @param stats the figures to report
	 * @param file the file to write
	 * @throws IOException if the file cannot be written
	 */
	public static void write(NamedInstance named, Matching matching, MatchingStats stats, Path file)
			throws IOException {
		Path target = file.toAbsolutePath();
		// not Files.createTempFile, whose owner-only permissions the result would keep
		Path temporary = target.resolveSibling(
				target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
					1 << 16)) {
				write(named, matching, stats, out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Writes the result to a stream, which is flushed but not closed.
	 * @param named the instance with its ids
	 * @param matching the matching
	 * @param stats the figures to report
	 * @param out where to write
	 * @throws IOException if writing fails
	 */
	public static void write(NamedInstance named, Matching matching, MatchingStats stats, OutputStream out)
			throws IOException {
		int students = matching.studentCount();
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			json.writeStartObject();
			json.writeName("assignments");
			json.writeStartObject();
			for (int s = 0; s < students; s++) {
				if (matching.isAssigned(s)) {
					json.writeStringProperty(named.studentId(s), named.positionId(matching.positionOf(s)));
				}
			}
			json.writeEndObject();
			json.writeName("unassigned");
			json.writeStartArray();
			for (int s = 0; s < students; s++) {
				if (!matching.isAssigned(s)) {
					json.writeString(named.studentId(s));
				}
			}
			json.writeEndArray();
			json.writeName("stats");
			json.writeStartObject();
			json.writeNumberProperty("students", stats.students());
			json.writeNumberProperty("positions", stats.positions());
			json.writeNumberProperty("seats", stats.seats());
			json.writeNumberProperty("assigned", stats.assigned());
			json.writeNumberProperty("proposals", stats.proposals());
			json.writeNumberProperty("solveMillis", stats.solveMillis());
			json.writeEndObject();
			json.writeEndObject();
		}
		catch (JacksonIOException ex) {
			throw ex.getCause();
		}
		out.flush();
	}

}
