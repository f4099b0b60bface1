package org.practica.outcome;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practica.directory.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published reports' figures add up on the dashboards of every organisation above their
 * project, on both sides, and in the exports; drafts and other districts' reports do not
 * count.
 */
class OutcomeDashboardTests extends OutcomeTestSupport {

	@Test
	void everyOrganisationAboveTheProjectsSumsTheirPublishedReports() throws Exception {
		World world = world();
		World other = world();
		String leader = token(world.teamLeader());
		String community = token(world.communityAdmin());
		published(leader, project(world), "两场活动", figure("PEOPLE_SERVED", 30, "签到表") + ","
				+ figure("VIEWERS", 280, "直播平台后台截图") + "," + figure("PEOPLE_SERVED", 5, "补录"));
		published(community, project(world, "LEGAL_AID"), "普法讲座",
				figure("PEOPLE_SERVED", 45, "签到表") + "," + figure("LIKES", 6378, "直播平台后台截图"));
		draft(leader, project(world), "草稿不计", figure("PEOPLE_SERVED", 1000, "x"));
		published(token(other.teamLeader()), project(other), "另一区", figure("PEOPLE_SERVED", 7, "x"));
		eventsHandled();

		for (Organisation organisation : new Organisation[] { world.district(), world.street(), world.community() }) {
			summary(token(world.districtAdmin()), organisation, 2, 80, 280, 6378);
		}
		for (Organisation organisation : new Organisation[] { world.university(), world.college() }) {
			summary(token(world.universityAdmin()), organisation, 2, 80, 280, 6378);
		}
		summary(leader, world.team(), 2, 80, 280, 6378);
		summary(token(other.districtAdmin()), other.district(), 1, 7, 0, 0);
		getAs(token(world.districtAdmin()), "/api/v1/reports/summary?organisationId={o}&from=2026-11-02",
				id(world.district()))
			.andExpect(jsonPath("$.outcomeReports").value(0))
			.andExpect(jsonPath("$.outcomes.PEOPLE_SERVED").value(0));
	}

	@Test
	void theExportsHoldAReportARowWithItsFiguresByMetric() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		published(leader, project(world), "导出甲", figure("PEOPLE_SERVED", 30, "签到表"));
		published(leader, project(world), "导出乙",
				figure("PEOPLE_SERVED", 45, "签到表") + "," + figure("VIEWERS", 280, "s"));
		eventsHandled();
		String district = token(world.districtAdmin());

		String csv = getAs(district, "/api/v1/reports/outcomes.csv?organisationId={o}", id(world.district()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("People served", "Viewers", "导出甲", "导出乙");
		assertThat(csv.lines().filter(l -> l.contains("导出乙")).findFirst().orElseThrow()).contains(",280,0,45,0,0");

		byte[] xlsx = getAs(district, "/api/v1/reports/outcomes.xlsx?organisationId={o}", id(world.district()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int served = -1;
			Row header = sheet.getRow(0);
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if ("People served".equals(header.getCell(c).getStringCellValue())) {
					served = c;
				}
			}
			assertThat(served).isPositive();
			double sum = 0;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				sum += sheet.getRow(r).getCell(served).getNumericCellValue();
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sum).isEqualTo(75);
		}
		getAs(token(world().districtAdmin()), "/api/v1/reports/outcomes.csv?organisationId={o}", id(world.district()))
			.andExpect(status().isForbidden());
	}

	private void summary(String token, Organisation organisation, int reports, long served, long viewers, long likes)
			throws Exception {
		getAs(token, "/api/v1/reports/summary?organisationId={o}", id(organisation)).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomeReports").value(reports))
			.andExpect(jsonPath("$.outcomes.PEOPLE_SERVED").value(served))
			.andExpect(jsonPath("$.outcomes.VIEWERS").value(viewers))
			.andExpect(jsonPath("$.outcomes.LIKES").value(likes))
			.andExpect(jsonPath("$.outcomes.ACTIVITIES").value(0));
	}

}
