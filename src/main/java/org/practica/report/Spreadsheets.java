package org.practica.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Other modules' small exports written as the reports write theirs: an XLSX sheet with a
 * bold, frozen header row, numbers as numeric cells, dates as date cells, and text a
 * spreadsheet would take for a formula kept as text.
 */
public final class Spreadsheets {

	/** The media type of an XLSX file. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheets() {
	}

	/**
	 * Writes one sheet.
	 * @param title the sheet's title
	 * @param headers the column headers, translated
	 * @param rows the rows; a cell is text, a number, a LocalDate, a LocalDateTime or
	 * null
	 * @param out where the file goes
	 */
	public static void xlsx(String title, List<String> headers, List<Object[]> rows, OutputStream out)
			throws IOException {
		ExportFormat.XLSX.write(new ExportTable(title, headers, rows::forEach), out);
	}

	/** Writes several sheets into one file, in order. */
	public static void xlsx(List<Sheet> sheets, OutputStream out) throws IOException {
		ExportFormat.XLSX.writeAll(
				sheets.stream().map(s -> new ExportTable(s.title(), s.headers(), s.rows()::forEach)).toList(), out);
	}

	/**
	 * One sheet of a file.
	 *
	 * @param title its title
	 * @param headers the column headers
	 * @param rows the rows; a cell is text, a number, a LocalDate, a LocalDateTime or
	 * null
	 */
	public record Sheet(String title, List<String> headers, List<Object[]> rows) {
	}

}
