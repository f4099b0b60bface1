package org.practica.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * One table an export writes: its translated title and column headers, and its rows, read
 * one at a time. A cell is text, a number ({@link Long}, {@link java.math.BigDecimal}), a
 * {@link java.time.LocalDate}, a {@link java.time.LocalDateTime} or null.
 */
record ExportTable(String title, List<String> headers, Rows rows) {

	/** Reads the rows and hands each to the consumer, without keeping them. */
	@FunctionalInterface
	interface Rows {

		void forEach(Consumer<Object[]> row);

	}

	/**
	 * Text a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab
	 * or a carriage return) gets a leading apostrophe, so it stays text (OWASP's CSV
	 * injection advice).
	 */
	static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
