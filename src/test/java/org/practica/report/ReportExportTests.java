package org.practica.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hours and projects exports, opened with POI and commons-csv and compared with
 * counts taken straight from the tables; their encoding, formula guard, names and
 * headers; who may have them; and the dashboard's links to them.
 */
class ReportExportTests extends ApiTestSupport {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReportExports exports;

	@Test
	void theHoursExportsHoldEveryEntryInScopeAndAgreeWithTheTables() throws Exception {
		World world = world();
		Served verified = served(world);
		Served pending = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", verified.entry())
			.andExpect(status().isOk());
		name(verified.student(), "张伟");
		name(pending.student(), FORMULA);
		World other = world();
		served(other);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(30);
		LocalDate to = today.plusDays(1);
		String uni = world.university().getPath() + "%";
		List<Long> ids = this.jdbc.queryForList(
				"select id from hours_entry where student_path like ? and work_date between ? and ? order by id",
				Long.class, uni, from, to);
		BigDecimal verifiedHours = this.jdbc.queryForObject(
				"select coalesce(sum(hours), 0) from hours_entry where status = 'VERIFIED' and student_path like ? and work_date between ? and ?",
				BigDecimal.class, uni, from, to);
		BigDecimal allHours = this.jdbc.queryForObject(
				"select coalesce(sum(hours), 0) from hours_entry where student_path like ? and work_date between ? and ?",
				BigDecimal.class, uni, from, to);
		assertThat(ids).hasSize(2);
		assertThat(verifiedHours).isEqualByComparingTo("1.5");

		String token = token(world.universityAdmin());
		MockHttpServletResponse xlsx = getAs(token,
				"/api/v1/reports/hours.xlsx?organisationId={id}&from={from}&to={to}", world.university().getId(), from,
				to)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(xlsx.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		ContentDisposition disposition = ContentDisposition.parse(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename())
			.isEqualTo("hours-" + world.university().getName() + "-" + from + "-" + to + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("Entry", "Student", "Student number", "College",
					"Project", "Community", "Team", "Work date", "Hours", "Status", "Source", "Community verified at");
			assertThat(sheet.getLastRowNum()).isEqualTo(ids.size());
			List<Long> exported = new ArrayList<>();
			BigDecimal verifiedSum = BigDecimal.ZERO;
			BigDecimal sum = BigDecimal.ZERO;
			Set<String> students = new HashSet<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				exported.add((long) row.getCell(0).getNumericCellValue());
				students.add(row.getCell(1).getStringCellValue());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(world.college().getName());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo("项目需求");
				assertThat(row.getCell(6).getStringCellValue()).isEqualTo(world.team().getName());
				assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
				assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isBetween(from, to);
				Cell hours = row.getCell(8);
				assertThat(hours.getCellType()).isEqualTo(CellType.NUMERIC);
				sum = sum.add(BigDecimal.valueOf(hours.getNumericCellValue()));
				if (row.getCell(9).getStringCellValue().equals("Verified")) {
					verifiedSum = verifiedSum.add(BigDecimal.valueOf(hours.getNumericCellValue()));
					assertThat(DateUtil.isCellDateFormatted(row.getCell(11))).isTrue();
				}
				else {
					assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Pending");
					assertThat(row.getCell(11)).isNull();
				}
				assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Attendance");
			}
			assertThat(exported).containsExactlyInAnyOrderElementsOf(ids);
			assertThat(verifiedSum).isEqualByComparingTo(verifiedHours);
			assertThat(sum).isEqualByComparingTo(allHours);
			assertThat(students).containsExactlyInAnyOrder("张伟", "'" + FORMULA);
		}

		MockHttpServletResponse csv = getAs(token, "/api/v1/reports/hours.csv?organisationId={id}&from={from}&to={to}",
				world.university().getId(), from, to)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(ContentDisposition.parse(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.endsWith("-" + from + "-" + to + ".csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = csv(bytes);
		assertThat(records.get(0).values()).containsExactly("Entry", "Student", "Student number", "College", "Project",
				"Community", "Team", "Work date", "Hours", "Status", "Source", "Community verified at");
		assertThat(records).hasSize(ids.size() + 1);
		List<CSVRecord> rows = records.subList(1, records.size());
		assertThat(rows.stream().map((r) -> Long.valueOf(r.get(0)))).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(rows.stream().map((r) -> r.get(1))).containsExactlyInAnyOrder("张伟", "'" + FORMULA);
		assertThat(rows.stream()
			.filter((r) -> r.get(9).equals("Verified"))
			.map((r) -> new BigDecimal(r.get(8)))
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(verifiedHours);
		assertThat(rows).allSatisfy((r) -> {
			assertThat(r.get(4)).isEqualTo("项目需求");
			assertThat(LocalDate.parse(r.get(7))).isBetween(from, to);
		});
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");

		MockHttpServletResponse chinese = this.mvc
			.perform(get("/api/v1/reports/hours.csv").param("organisationId", world.university().getId().toString())
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		List<CSVRecord> chineseRecords = csv(chinese.getContentAsByteArray());
		assertThat(chineseRecords.get(0).get(2)).isEqualTo("学号");
		assertThat(chineseRecords.subList(1, chineseRecords.size()).stream().map((r) -> r.get(9)))
			.containsExactlyInAnyOrder("已核验", "待核验");
		assertThat(ContentDisposition.parse(chinese.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.startsWith("时长明细-" + world.university().getName() + "-");

		MockHttpServletResponse district = getAs(token(world.districtAdmin()),
				"/api/v1/reports/hours.csv?organisationId={id}&from={from}&to={to}", world.district().getId(), from, to)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv(district.getContentAsByteArray())).hasSize(1 + this.jdbc.queryForObject(
				"select count(*) from hours_entry where community_path like ? and work_date between ? and ?",
				Integer.class, world.district().getPath() + "%", from, to));
	}

	@Test
	void theProjectsExportsAgreeWithTheTables() throws Exception {
		World world = world();
		Served served = served(world);
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		project(world);
		this.jdbc.update("update project set title = ? where id = ?", "@SUM(A1:A9)", Long.valueOf(served.project()));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(30);
		LocalDate to = today.plusDays(1);
		String local = world.district().getPath() + "%";
		long projects = this.jdbc.queryForObject("select count(*) from project where community_path like ?", Long.class,
				local);
		long signedUp = this.jdbc.queryForObject(
				"select count(distinct student_id) from signup where project_id = ? and status = 'CONFIRMED'",
				Long.class, Long.valueOf(served.project()));
		assertThat(projects).isEqualTo(2);
		assertThat(signedUp).isEqualTo(1);

		String token = token(world.districtAdmin());
		eventsHandled();
		MockHttpServletResponse xlsx = getAs(token,
				"/api/v1/reports/projects.xlsx?organisationId={id}&from={from}&to={to}", world.district().getId(), from,
				to)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ContentDisposition.parse(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("projects-" + world.district().getName() + "-" + from + "-" + to + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("Project", "Title", "Community", "Team", "Direction",
					"Status", "Created", "Students signed up", "Verified hours");
			assertThat(sheet.getLastRowNum()).isEqualTo(projects);
			BigDecimal hours = BigDecimal.ZERO;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				boolean servedOne = (long) row.getCell(0).getNumericCellValue() == Long.parseLong(served.project());
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(servedOne ? "'@SUM(A1:A9)" : "项目需求");
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(world.community().getName());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Publicity");
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Active");
				assertThat(DateUtil.isCellDateFormatted(row.getCell(6))).isTrue();
				assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(servedOne ? signedUp : 0);
				hours = hours.add(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()));
			}
			assertThat(hours).isEqualByComparingTo(this.jdbc.queryForObject(
					"select coalesce(sum(hours), 0) from hours_entry where status = 'VERIFIED' and community_path like ?",
					BigDecimal.class, local));
		}

		eventsHandled();
		byte[] csv = getAs(token, "/api/v1/reports/projects.csv?organisationId={id}&from={from}&to={to}",
				world.district().getId(), from, to)
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = csv(csv);
		assertThat(records).hasSize((int) projects + 1);
		assertThat(records.subList(1, records.size()).stream().map((r) -> r.get(1)))
			.containsExactlyInAnyOrder("'@SUM(A1:A9)", "项目需求");
		assertThat(records.subList(1, records.size())
			.stream()
			.map((r) -> new BigDecimal(r.get(8)))
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.5");

		getAs(token, "/api/v1/reports/projects.csv?organisationId={id}&from=2020-01-01&to=2020-12-31",
				world.district().getId())
			.andExpect(status().isOk())
			.andExpect(content().string("\uFEFFProject,Title,Community,Team,Direction,Status,Created,"
					+ "Students signed up,Verified hours\r\n"));
	}

	@Test
	void anXlsxExportThatWouldNotFitInASheetIsRefusedBeforeAnythingIsWritten() throws Exception {
		World world = world();
		served(world);
		served(world);
		ReportExports target = AopTestUtils.getTargetObject(this.exports);
		ReflectionTestUtils.setField(target, "xlsxMaxRows", 1L);
		try {
			String token = token(world.universityAdmin());
			for (String path : List.of("hours.xlsx", "projects.xlsx")) {
				getAs(token, "/api/v1/reports/" + path + "?organisationId={id}", world.university().getId())
					.andExpect(status().isUnprocessableContent())
					.andExpect(content().contentType("application/problem+json"))
					.andExpect(jsonPath("$.detail").value(containsString("CSV")));
			}
			getAs(token, "/api/v1/reports/hours.csv?organisationId={id}", world.university().getId())
				.andExpect(status().isOk());
		}
		finally {
			ReflectionTestUtils.setField(target, "xlsxMaxRows", ReportExports.XLSX_MAX_ROWS);
		}
	}

	@Test
	void onlyAFewExportsRunAtOnceAndTheNextIsAskedToTryAgain() throws Exception {
		World world = world();
		served(world);
		ReportExports target = AopTestUtils.getTargetObject(this.exports);
		String token = token(world.universityAdmin());
		String path = "/api/v1/reports/hours.csv?organisationId={id}";
		try (ReportExports.Slot first = target.start(); ReportExports.Slot second = target.start()) {
			getAs(token, path, world.university().getId()).andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "10"))
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.detail").value(containsString("try again")));
		}
		getAs(token, path, world.university().getId()).andExpect(status().isOk());
	}

	@Test
	void onlyTheOrganisationsAdminsMayHaveTheExports() throws Exception {
		World world = world();
		World other = world();
		String intruder = token(other.universityAdmin());
		String student = token(world.student());
		for (String path : List.of("hours.xlsx", "hours.csv", "projects.xlsx", "projects.csv")) {
			String url = "/api/v1/reports/" + path + "?organisationId={id}";
			getAs(intruder, url, world.university().getId()).andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"));
			getAs(student, url, world.college().getId()).andExpect(status().isForbidden());
			getAs(intruder, url, 987654321L).andExpect(status().isNotFound());
			getAs(null, url, world.university().getId()).andExpect(status().isUnauthorized());
			getAs(token(world.districtAdmin()), url + "&from=2026-02-01&to=2026-01-01", world.district().getId())
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}
		getAs(token(world.universityAdmin()), "/api/v1/reports/hours.csv").andExpect(status().isBadRequest());
	}

	@Test
	void theDashboardLinksToTheExportsInBothLanguages() throws Exception {
		World world = world();
		served(world);
		String links = "/reports/hours.xlsx?organisationId=" + world.district().getId()
				+ "&amp;from=2026-01-01&amp;to=2026-12-31";
		for (Cookie language : List.of(new Cookie("practica-lang", "en"), new Cookie("practica-lang", "zh-CN"))) {
			this.mvc
				.perform(as(world.districtAdmin(), get("/reports"))
					.param("organisationId", world.district().getId().toString())
					.param("from", "2026-01-01")
					.param("to", "2026-12-31")
					.cookie(language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(links)))
				.andExpect(content().string(containsString("/reports/hours.csv?organisationId=")))
				.andExpect(content().string(containsString("/reports/projects.xlsx?organisationId=")))
				.andExpect(content().string(containsString("/reports/projects.csv?organisationId=")))
				.andExpect(content()
					.string(containsString(language.getValue().equals("en") ? ">Download</span>" : ">导出</span>")));
		}
		MockHttpServletResponse page = this.mvc
			.perform(as(world.districtAdmin(), get("/reports/hours.csv"))
				.param("organisationId", world.district().getId().toString())
				.cookie(new Cookie("practica-lang", "zh-CN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ContentDisposition.parse(page.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isAttachment()).isTrue();
		assertThat(csv(page.getContentAsByteArray()).get(0).get(0)).isEqualTo("记录编号");
		assertThat(csv(page.getContentAsByteArray())).hasSize(2);
		this.mvc
			.perform(as(world.districtAdmin(), get("/reports/projects.xlsx")).param("organisationId",
					world.district().getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(as(world.universityAdmin(), get("/reports/hours.xlsx")).param("organisationId",
				world.district().getId().toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(world.student(), get("/reports/projects.csv")).param("organisationId",
				world.college().getId().toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/hours.csv").param("organisationId", world.district().getId().toString()))
			.andExpect(status().is3xxRedirection());
	}

	private void name(Account student, String name) {
		this.jdbc.update("update account set display_name = ? where id = ?", name, student.getId());
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())));
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.parse(reader).getRecords();
		}
	}

}
