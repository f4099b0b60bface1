package org.practica.record;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export to the national system: the rows are the period's verified entries whose
 * volunteers can go, the rest listed with their reason; every export recorded, a second
 * one marking what went before; nobody exports another organisation.
 */
class ExportTests extends RecordTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRowsAreThePeriodsVerifiedEntriesAndTheRefusedSayWhy() throws Exception {
		World world = world();
		Served good = verified(world);
		Served noId = verified(world);
		Served pending = served(world);
		Served twin = verified(world);
		Served twinToo = verified(world);
		String id = newId();
		identify(good.student(), id);
		identify(pending.student(), newId());
		identify(twin.student(), newId());
		// a number on two accounts, as an import before the check could have left it
		this.jdbc
			.sql("update account set id_type = 'RESIDENT_ID_CARD', id_number = (select id_number from account "
					+ "where id = ?), id_fingerprint = (select id_fingerprint from account where id = ?) where id = ?")
			.params(twin.student().getId(), twin.student().getId(), twinToo.student().getId())
			.update();
		String admin = token(world.collegeAdmin());
		byte[] file = getAs(admin, "/api/v1/records/export.xlsx?organisationId={o}&from=2026-11-01&to=2026-11-30",
				world.college().getId())
			.andExpect(status().isOk())
			.andExpect(header().string("X-Export-Rows", "1"))
			.andExpect(header().string("X-Export-Refused", "4"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(NationalLayout.SHEET);
			List<List<String>> rows = rows(workbook, 0);
			assertThat(rows).hasSize(1);
			List<String> row = rows.get(0);
			assertThat(row.subList(0, 10)).containsExactly(good.student().getDisplayName(), "居民身份证", id,
					"V" + good.student().getId(), "项目需求", world.team().getName(), "2026-11-11", "2026-11-11", "1.5",
					"");
			List<List<String>> refused = rows(workbook, 1);
			assertThat(refused).extracting(r -> r.get(6))
				.containsExactlyInAnyOrder("The volunteer has no ID number.", "The hours are not verified.",
						"Another account has the same ID number.", "Another account has the same ID number.");
			assertThat(refused).extracting(r -> r.get(2)).noneMatch(n -> n.length() == 18 && !n.contains("*"));
		}
		// the second export of the period marks the row that went before
		byte[] again = getAs(admin, "/api/v1/records/export.xlsx?organisationId={o}&from=2026-11-01&to=2026-11-30",
				world.college().getId())
			.andExpect(header().string("X-Export-Repeated", "1"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
			assertThat(rows(workbook, 0).get(0).get(9)).isEqualTo("是");
		}
		getAs(admin, "/api/v1/records/exports").andExpect(jsonPath("$[0].rows").value(1))
			.andExpect(jsonPath("$[0].refused").value(4))
			.andExpect(jsonPath("$[0].alreadyExported").value(1))
			.andExpect(jsonPath("$[1].alreadyExported").value(0))
			.andExpect(jsonPath("$[0].from").value("2026-11-01"))
			.andExpect(jsonPath("$[0].exportedBy").value(world.collegeAdmin().getUsername()));
		// an empty period exports nothing and says so
		getAs(admin, "/api/v1/records/export.xlsx?organisationId={o}&from=2026-01-01&to=2026-01-31",
				world.college().getId())
			.andExpect(header().string("X-Export-Rows", "0"));
	}

	@Test
	void nobodyExportsAnOrganisationTheyDoNotManage() throws Exception {
		World world = world();
		World other = world();
		getAs(token(other.collegeAdmin()),
				"/api/v1/records/export.xlsx?organisationId={o}&from=2026-11-01&to=2026-11-30", world.college().getId())
			.andExpect(status().isNotFound());
		getAs(token(world.student()), "/api/v1/records/export.xlsx?organisationId={o}&from=2026-11-01&to=2026-11-30",
				world.college().getId())
			.andExpect(status().isNotFound());
		getAs(token(world.collegeAdmin()),
				"/api/v1/records/export.xlsx?organisationId={o}&from=2026-11-30&to=2026-11-01", world.college().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

}
