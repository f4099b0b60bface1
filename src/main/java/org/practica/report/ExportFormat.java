package org.practica.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The two file formats of the exports. Both write rows as they are read: the CSV straight
 * to the stream, the XLSX through POI's deferred streaming workbook, which generates the
 * sheet's rows while it writes the zip (a small window of rows in memory, no temporary
 * files).
 */
enum ExportFormat {

	/**
	 * Office Open XML: numbers as numeric cells, dates and times as date cells. A sheet
	 * holds at most 1,048,575 data rows; the CSV has no such limit.
	 */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {

		private static final int WINDOW = 100;

		@Override
		void write(ExportTable table, OutputStream out) throws IOException {
			writeAll(List.of(table), out);
		}

		@Override
		void writeAll(List<ExportTable> tables, OutputStream out) throws IOException {
			DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW) {

				// the fastest deflate: a million rows zip in about half the time of the
				// default level, into a file about a fifth larger
				@Override
				protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
					ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
					zip.setLevel(Deflater.BEST_SPEED);
					return zip;
				}

			};
			try {
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
				CellStyle dateTime = workbook.createCellStyle();
				dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
				CellStyle header = workbook.createCellStyle();
				Font bold = workbook.createFont();
				bold.setBold(true);
				header.setFont(bold);
				for (ExportTable table : tables) {
					DeferredSXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
					for (int column = 0; column < table.headers().size(); column++) {
						sheet.setColumnWidth(column, 16 * 256);
					}
					sheet.createFreezePane(0, 1);
					sheet.setRowGenerator((SXSSFSheet rows) -> {
						Row first = rows.createRow(0);
						for (int column = 0; column < table.headers().size(); column++) {
							Cell cell = first.createCell(column);
							cell.setCellValue(ExportTable.neutralised(table.headers().get(column)));
							cell.setCellStyle(header);
						}
						int[] next = { 1 };
						table.rows().forEach((values) -> {
							Row row = rows.createRow(next[0]++);
							for (int column = 0; column < values.length; column++) {
								Object value = values[column];
								if (value == null) {
									continue;
								}
								Cell cell = row.createCell(column);
								if (value instanceof BigDecimal number) {
									cell.setCellValue(number.doubleValue());
								}
								else if (value instanceof Number number) {
									cell.setCellValue(number.doubleValue());
								}
								else if (value instanceof LocalDate day) {
									cell.setCellValue(day);
									cell.setCellStyle(date);
								}
								else if (value instanceof LocalDateTime time) {
									cell.setCellValue(time);
									cell.setCellStyle(dateTime);
								}
								else {
									cell.setCellValue(ExportTable.neutralised(value.toString()));
								}
							}
						});
					});
				}
				workbook.write(out);
			}
			finally {
				workbook.close();
			}
		}

	},

	/**
	 * RFC 4180 CSV in UTF-8 with a byte order mark, so Excel reads the Chinese right.
	 */
	CSV("csv", "text/csv;charset=UTF-8") {

		private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		@Override
		void write(ExportTable table, OutputStream out) throws IOException {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(table.headers().stream().map(ExportTable::neutralised));
			String[] line = new String[table.headers().size()];
			try {
				table.rows().forEach((values) -> {
					for (int column = 0; column < values.length; column++) {
						line[column] = text(values[column]);
					}
					try {
						printer.printRecord((Object[]) line);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			printer.flush();
		}

		private static String text(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof BigDecimal number) {
				return number.stripTrailingZeros().toPlainString();
			}
			if (value instanceof Number || value instanceof LocalDate) {
				return value.toString();
			}
			if (value instanceof LocalDateTime time) {
				return DATE_TIME.format(time);
			}
			return ExportTable.neutralised(value.toString());
		}

	};

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	/** Writes the table's header and then each of its rows as it is read. */
	abstract void write(ExportTable table, OutputStream out) throws IOException;

	/** Writes several tables, one sheet each, where the format has sheets (XLSX). */
	void writeAll(List<ExportTable> tables, OutputStream out) throws IOException {
		throw new UnsupportedOperationException(name() + " has one table only");
	}

	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

}
