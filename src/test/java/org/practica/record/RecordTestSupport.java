package org.practica.record;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.notification.Notification;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the record's tests share: identities, verified hours, notices, spreadsheets. */
abstract class RecordTestSupport extends ApiTestSupport {

	private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime() % 3_000_000);

	/** A valid resident ID number no other test uses, its check character computed. */
	static String newId() {
		long n = IDS.incrementAndGet();
		java.time.LocalDate born = java.time.LocalDate.of(1990, 1, 1).plusDays(n / 1000 % 10_000);
		String first = "110101" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", n % 1000);
		return first + org.practica.directory.ResidentIdNumber.checkCharacter(first);
	}

	/** A valid resident ID number ending in X. */
	static String newIdWithX() {
		String id = newId();
		while (!id.endsWith("X")) {
			id = newId();
		}
		return id;
	}

	static String masked(String id) {
		return org.practica.directory.ResidentIdNumber.mask(id);
	}

	void identify(Account account, String idNumber) throws Exception {
		putAs(token(account),
				"{\"idType\":\"RESIDENT_ID_CARD\",\"idNumber\":\"" + idNumber + "\",\"volunteerNumber\":\"V"
						+ account.getId() + "\"}",
				"/api/v1/users/{id}/identity", account.getId())
			.andExpect(status().isOk());
	}

	/** A served, verified entry of a new student of the world. */
	Served verified(World world) throws Exception {
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		return served;
	}

	List<String> notices(Account account) {
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.map(Notification::getMessageKey)
			.toList();
	}

	static String cell(Row row, int column) {
		var cell = row.getCell(column);
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
						.toPlainString();
			default -> cell.getStringCellValue();
		};
	}

	static List<List<String>> rows(XSSFWorkbook workbook, int sheet) {
		Sheet s = workbook.getSheetAt(sheet);
		List<List<String>> rows = new java.util.ArrayList<>();
		for (int i = 1; i <= s.getLastRowNum(); i++) {
			Row row = s.getRow(i);
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
				cells.add(cell(row, c));
			}
			rows.add(cells);
		}
		return rows;
	}

}
