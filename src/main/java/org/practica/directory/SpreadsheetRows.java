package org.practica.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rows of an uploaded CSV (UTF-8, with or without a byte-order mark) or XLSX file
 * (its first sheet), for the imports of students and organisations. The first row names
 * the columns; each row becomes a map from column to its text, stripped, and carries its
 * number in the file under {@link #NUMBER} (the header is row 1, as a spreadsheet shows
 * it). A file that is empty, unreadable, too long or without a required column is refused
 * (422) naming the field {@code file} or the missing column.
 *
 * @param headers the column for each name a header may give it, in lower case without
 * underscores (English and Chinese names)
 * @param required the columns a file must have
 * @param maxRows the most rows a file may hold under its header
 */
record SpreadsheetRows(Map<String, String> headers, List<String> required, int maxRows) {

	/** The key under which each row carries its number in the file. */
	static final String NUMBER = "#";

	/** The rows of the file, in order; blank lines and blank sheet rows left out. */
	List<Map<String, String>> read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw fileProblem("import.file.empty");
		}
		try {
			byte[] bytes = file.getBytes();
			boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
			if (zip ? name.endsWith(".csv") : name.endsWith(".xlsx")) {
				// the name says one kind of sheet, the content another: refused naming
				// both
				throw fileProblem("upload.name-mismatch", file.getOriginalFilename(), zip ? "XLSX" : "CSV");
			}
			return zip ? readXlsx(new ByteArrayInputStream(bytes)) : readCsv(bytes);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Problem problem) {
				throw problem;
			}
			throw fileProblem("import.file.unreadable");
		}
	}

	/** The row's number in the file. */
	static int number(Map<String, String> row) {
		return Integer.parseInt(row.get(NUMBER));
	}

	/** A refusal of the file as a whole. */
	static FieldProblem fileProblem(String messageKey, Object... arguments) {
		return new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(new FieldError(null, "file", messageKey, arguments)));
	}

	private List<Map<String, String>> readCsv(byte[] bytes) throws IOException {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String text = StandardCharsets.UTF_8.newDecoder()
			.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
			.toString();
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (header == null) {
					header = columns(values);
					continue;
				}
				rows.add(row(header, values, (int) parser.getCurrentLineNumber()));
				tooMany(rows);
			}
			if (header == null) {
				throw fileProblem("import.file.empty");
			}
			return rows;
		}
	}

	private List<Map<String, String>> readXlsx(InputStream in) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = columns(values);
					continue;
				}
				rows.add(row(header, values, row.getRowNum() + 1));
				tooMany(rows);
			}
			if (header == null) {
				throw fileProblem("import.file.empty");
			}
			return rows;
		}
	}

	private void tooMany(List<?> rows) {
		if (rows.size() > this.maxRows) {
			throw fileProblem("import.file.too-many-rows", this.maxRows);
		}
	}

	private List<String> columns(List<String> header) {
		List<String> columns = new ArrayList<>();
		for (String name : header) {
			String key = name.strip().replace("\uFEFF", "").replace("_", "").toLowerCase(Locale.ROOT);
			columns.add(this.headers.getOrDefault(key, ""));
		}
		List<FieldError> missing = this.required.stream()
			.filter(r -> !columns.contains(r))
			.map(r -> new FieldError(1, r, "import.column.missing", new Object[] { r }))
			.toList();
		if (!missing.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, missing);
		}
		return columns;
	}

	private static Map<String, String> row(List<String> header, List<String> values, int rowNumber) {
		Map<String, String> row = new HashMap<>();
		row.put(NUMBER, String.valueOf(rowNumber));
		for (int i = 0; i < header.size() && i < values.size(); i++) {
			if (!header.get(i).isEmpty()) {
				if (values.get(i) != null && values.get(i).indexOf('\0') >= 0) {
					// no column takes it (PostgreSQL refuses it in text): the cell is
					// named
					throw new FieldProblem(HttpStatus.BAD_REQUEST,
							List.of(new FieldError(rowNumber, header.get(i), "field.nul", null)));
				}
				row.put(header.get(i), values.get(i) == null ? "" : values.get(i).strip());
			}
		}
		return row;
	}

}
