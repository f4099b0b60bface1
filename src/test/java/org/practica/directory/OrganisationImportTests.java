package org.practica.directory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/organisations/import}: a tree of organisations from one file, all
 * rows or none, every bad row named, and only under what the caller manages.
 */
class OrganisationImportTests extends ApiTestSupport {

	@Test
	void importsATreeFromACsvWithChineseHeadersParentsByNameAndById() throws Exception {
		World world = world();
		String college = unique("学院");
		String team = unique("队");
		String csv = "\uFEFF名称,类型,上级,地址,纬度,经度\n" + college + ",学院,,,,\n" + team + ",团队," + college + ",,,\n"
				+ unique("队") + ",TEAM," + world.college().getId() + ",实践楼 2 楼,26.9,112.6\n" + unique("队") + ",team,"
				+ world.college().getName() + ",,,\n";
		upload(world.universityAdmin(), world.university(), "orgs.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(4));
		Organisation newCollege = only(college);
		assertThat(newCollege.getKind()).isEqualTo(OrganisationKind.COLLEGE);
		assertThat(newCollege.getParentId()).isEqualTo(world.university().getId());
		assertThat(newCollege.getLatitude()).as("the university's position").isEqualTo(26.8968);
		Organisation newTeam = only(team);
		assertThat(newTeam.getParentId()).isEqualTo(newCollege.getId());
		assertThat(newTeam.getPath()).isEqualTo(newCollege.getPath() + newTeam.getId() + "/");
		assertThat(this.organisations.search(OrganisationKind.TEAM, world.college().getId(), null, PageRequest.of(0, 9))
			.getContent()).extracting(Organisation::getAddress).contains("实践楼 2 楼");
	}

	@Test
	void aBrokenXlsxImportsNothingAndNamesEveryBadRow() throws Exception {
		World world = world();
		World other = world();
		String good = unique("好学院");
		byte[] xlsx = workbook(new String[][] { { "name", "kind", "parent", "address", "latitude", "longitude" },
				{ good, "COLLEGE", "", "", "", "" }, // 2: fine on its own
				{ "", "COLLEGE", "", "", "", "" }, // 3: no name
				{ "x".repeat(201), "COLLEGE", "", "", "", "" }, // 4: too long
				{ unique("甲"), "FACULTY", "", "", "", "" }, // 5: no such kind
				{ unique("乙"), "STREET", "", "", "", "" }, // 6: a street under a
															// university
				{ unique("丙"), "TEAM", "无此组织", "", "", "" }, // 7: no such parent
				{ unique("丁"), "TEAM", other.college().getId().toString(), "", "", "" }, // 8
				{ world.college().getName(), "COLLEGE", "", "", "", "" }, // 9: name taken
				{ good, "COLLEGE", "", "", "", "" }, // 10: twice in the file
				{ unique("戊"), "TEAM", good, "", "91", "200" }, // 11: twice named, out of
																// range
				{ unique("己"), "COLLEGE", "", "", "30", "" }, // 12: one coordinate
				{ unique("庚"), "COLLEGE", "", "", "北纬", "112" } // 13: not a number
		});
		upload(world.universityAdmin(), world.university(), "orgs.xlsx", xlsx)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(13))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].message").value("At most 200 characters."))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].field").value("kind"))
			.andExpect(jsonPath("$.errors[3].row").value(6))
			.andExpect(jsonPath("$.errors[3].message").value("A street sits under a district."))
			.andExpect(jsonPath("$.errors[4].row").value(7))
			.andExpect(jsonPath("$.errors[4].field").value("parent"))
			.andExpect(jsonPath("$.errors[4].message")
				.value("No organisation \"无此组织\" is in a row above this one or among those you manage."))
			.andExpect(jsonPath("$.errors[5].row").value(8))
			.andExpect(jsonPath("$.errors[5].message").value("No organisation \"" + other.college().getId()
					+ "\" is in a row above this one or among those you manage."))
			.andExpect(jsonPath("$.errors[6].row").value(9))
			.andExpect(jsonPath("$.errors[6].message").value(
					"There is already an organisation named \"" + world.college().getName() + "\" under this parent."))
			.andExpect(jsonPath("$.errors[7].row").value(10))
			.andExpect(jsonPath("$.errors[7].message")
				.value("\"" + good + "\" appears twice under the same parent in the file."))
			.andExpect(jsonPath("$.errors[8].row").value(11))
			.andExpect(jsonPath("$.errors[8].field").value("parent"))
			.andExpect(jsonPath("$.errors[9].field").value("latitude"))
			.andExpect(jsonPath("$.errors[10].field").value("longitude"))
			.andExpect(jsonPath("$.errors[11].row").value(12))
			.andExpect(jsonPath("$.errors[11].message").value("Give both latitude and longitude, or neither."))
			.andExpect(jsonPath("$.errors[12].row").value(13))
			.andExpect(jsonPath("$.errors[12].message").value("Latitude must be between -90 and 90."));
		assertThat(this.organisations.search(null, null, good, PageRequest.of(0, 5)).getTotalElements()).isZero();
	}

	@Test
	void anotherTenantsParentIsRefusedExactlyAsOneThatDoesNotExist() throws Exception {
		World world = world();
		World other = world();
		long missing = other.community().getId() + 1_000_000;
		String csv = "name,kind,parent\nA,STREET," + other.district().getId() + "\nB,STREET," + missing + "\nC,STREET,"
				+ other.district().getName() + "\n";
		String body = upload(world.districtAdmin(), world.district(), "o.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> messages = com.jayway.jsonpath.JsonPath.read(body, "$.errors[*].message");
		assertThat(messages).containsExactly(
				"No organisation \"" + other.district().getId()
						+ "\" is in a row above this one or among those you manage.",
				"No organisation \"" + missing + "\" is in a row above this one or among those you manage.",
				"No organisation \"" + other.district().getName()
						+ "\" is in a row above this one or among those you manage.");
	}

	@Test
	void aRowOfTheFileOrAnOrganisationOfTheCallersSubtreeIsAParentDeeperDown() throws Exception {
		World world = world();
		String street = unique("街道");
		String csv = "name,kind,parent,address,latitude,longitude\n" + street + ",街道,,,26.90,112.63\n" + unique("社区")
				+ ",社区/村," + street + ",,,\n" + unique("社区") + ",COMMUNITY," + world.street().getName() + ",,,\n"
				+ unique("队") + ",TEAM," + world.street().getName() + ",,,\n";
		upload(world.districtAdmin(), world.district(), "o.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(5))
			.andExpect(jsonPath("$.errors[0].message").value("A team sits under a college or a university."));
		String fine = csv.substring(0, csv.lastIndexOf('\n', csv.length() - 2) + 1);
		upload(world.districtAdmin(), world.district(), "o.csv", fine.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
		Organisation newStreet = only(street);
		List<Organisation> communities = this.organisations
			.search(OrganisationKind.COMMUNITY, newStreet.getId(), null, PageRequest.of(0, 5))
			.getContent();
		assertThat(communities).singleElement().satisfies(c -> {
			assertThat(c.getLatitude()).isEqualTo(26.90);
			assertThat(world.district().contains(c)).isTrue();
		});
	}

	@Test
	void onlyAnAdminOverTheParentImportsAndOnlyThePlatformAdminAtTheTop() throws Exception {
		World mine = world();
		World other = world();
		byte[] csv = ("name,kind\n" + unique("学院") + ",COLLEGE\n").getBytes(StandardCharsets.UTF_8);
		upload(mine.universityAdmin(), other.university(), "o.csv", csv).andExpect(status().isForbidden());
		upload(mine.collegeAdmin(), mine.university(), "o.csv", csv).andExpect(status().isForbidden());
		upload(mine.student(), mine.college(), "o.csv", csv).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1/organisations/import")
				.file(new MockMultipartFile("file", "o.csv", "text/csv", csv))
				.param("parentId", String.valueOf(other.community().getId() + 1_000_000))
				.header("Authorization", "Bearer " + token(mine.universityAdmin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/api/v1/organisations/import")
				.file(new MockMultipartFile("file", "o.csv", "text/csv", csv))
				.header("Authorization", "Bearer " + token(mine.universityAdmin())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1/organisations/import")
				.file(new MockMultipartFile("file", "o.csv", "text/csv", csv))
				.param("parentId", mine.university().getId().toString()))
			.andExpect(status().isUnauthorized());
		String district = unique("区");
		String top = "name,kind,parent\n" + district + ",DISTRICT,\n" + unique("街道") + ",STREET," + district + "\n"
				+ unique("学院") + ",COLLEGE,\n";
		this.mvc
			.perform(multipart("/api/v1/organisations/import")
				.file(new MockMultipartFile("file", "o.csv", "text/csv", top.getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + token("admin", "Lantern-Orchard-Test-7")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].message").value("A college sits under a university."));
		this.mvc
			.perform(
					multipart("/api/v1/organisations/import")
						.file(new MockMultipartFile("file", "o.csv", "text/csv",
								top.substring(0, top.lastIndexOf('\n', top.length() - 2) + 1)
									.getBytes(StandardCharsets.UTF_8)))
						.header("Authorization", "Bearer " + token("admin", "Lantern-Orchard-Test-7")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(only(district).getParentId()).isNull();
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrNotASpreadsheetIsRefused() throws Exception {
		World world = world();
		upload(world.universityAdmin(), world.university(), "o.csv", "名称,地址\n法学院,x\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value("The column kind is missing."));
		upload(world.universityAdmin(), world.university(), "o.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(world.universityAdmin(), world.university(), "o.csv", "name,kind\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("The file has no rows under its header."));
	}

	private Organisation only(String name) {
		List<Organisation> found = this.organisations.search(null, null, name, PageRequest.of(0, 5)).getContent();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private ResultActions upload(Account by, Organisation parent, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/organisations/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("parentId", parent.getId().toString())
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + token(by)));
	}

	static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("organisations");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
