package org.practica.directory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StudentImportTests extends ApiTestSupport {

	@Test
	void importsEveryRowOfAValidCsvWithChineseHeaders() throws Exception {
		World world = world();
		String a = unique("imp");
		String b = unique("imp");
		String csv = "\uFEFF用户名,姓名,密码,学号,专业,技能,电话\n" + a + ",王小明,password-1,X" + a + ",护理,护理;急救,13800000001\n" + b
				+ ",李小红,password-2,X" + b + ",法学,普法宣传,\n";
		upload(world, "students.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		Account imported = this.accounts.find(this.accounts.actingAs(a).id()).orElseThrow();
		assertThat(imported.getDisplayName()).isEqualTo("王小明");
		assertThat(imported.getSkills()).containsExactly("护理", "急救");
		assertThat(imported.getOrganisationId()).isEqualTo(world.college().getId());
		assertThat(imported.holds(Role.STUDENT)).isTrue();
	}

	@Test
	void aBrokenXlsxImportsNothingAndNamesEveryBadRow() throws Exception {
		World world = world();
		String good = unique("imp");
		byte[] xlsx = workbook(new String[][] { { "username", "displayName", "password", "studentNumber", "major" },
				{ good, "好学生", "password-1", "N" + good, "护理" }, { "x", "", "short", "", "" },
				{ good, "重复", "password-3", "M" + good, "" },
				{ world.student().getUsername(), "已存在", "password-4", "K" + good, "" } });
		upload(world, "students.xlsx", xlsx).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[1].field").value("displayName"))
			.andExpect(jsonPath("$.errors[2].field").value("password"))
			.andExpect(jsonPath("$.errors[3].field").value("studentNumber"))
			.andExpect(jsonPath("$.errors[4].row").value(4))
			.andExpect(jsonPath("$.errors[4].message", containsString("twice")))
			.andExpect(jsonPath("$.errors[5].row").value(5))
			.andExpect(jsonPath("$.errors[5].message", containsString("already taken")));
		assertThat(this.accounts.search(admin(), null, good, org.springframework.data.domain.PageRequest.of(0, 5))
			.getTotalElements()).isZero();
	}

	@Test
	void anOptionalEmailColumnGivesStudentsAnAddressKeptInLowerCase() throws Exception {
		World world = world();
		String a = unique("imp");
		String b = unique("imp");
		String csv = "username,displayName,password,studentNumber,邮箱\n" + a + ",A,password-1,E" + a + "," + a
				+ "@Example.TEST\n" + b + ",B,password-2,E" + b + ",\n";
		upload(world, "students.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(this.accounts.find(this.accounts.actingAs(a).id()).orElseThrow().getEmail())
			.isEqualTo(a.toLowerCase() + "@example.test");
		assertThat(this.accounts.find(this.accounts.actingAs(b).id()).orElseThrow().getEmail()).isNull();
	}

	@Test
	void badOrRepeatedOrTakenEmailsImportNothingAndAreNamedByRow() throws Exception {
		World world = world();
		String taken = unique("taken") + "@example.test";
		this.accounts.create(admin(), new NewAccount(unique("owner"), PASSWORD, "Owner", Role.STUDENT,
				world.college().getId().toString(), unique("O"), null, java.util.List.of(), null, taken));
		String a = unique("imp");
		String csv = "username,displayName,password,studentNumber,email\n" //
				+ a + "1,A,password-1,E" + a + "1,not-an-address\n" //
				+ a + "2,B,password-2,E" + a + "2,same@example.test\n" //
				+ a + "3,C,password-3,E" + a + "3,SAME@example.test\n" //
				+ a + "4,D,password-4,E" + a + "4," + taken.toUpperCase() + "\n";
		upload(world, "students.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value("This is not an email address."))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].message", containsString("twice")))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].message", containsString("belongs to another account")));
		assertThat(this.accounts.search(admin(), null, a, org.springframework.data.domain.PageRequest.of(0, 5))
			.getTotalElements()).isZero();
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrNotASpreadsheetIsRefused() throws Exception {
		World world = world();
		upload(world, "x.csv", "name,phone\n张三,1\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("missing")));
		upload(world, "x.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void onlyAnAdminOverTheCollegeMayImport() throws Exception {
		World mine = world();
		World other = world();
		MockMultipartFile file = new MockMultipartFile("file", "s.csv", "text/csv",
				"username,displayName,password,studentNumber\nabc123,A,password-1,1\n"
					.getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/api/v1/users/import").file(file)
				.param("organisationId", other.college().getId().toString())
				.header("Authorization", "Bearer " + token(mine.collegeAdmin())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1/users/import").file(file)
				.param("organisationId", mine.college().getId().toString())
				.header("Authorization", "Bearer " + token(mine.student())))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions upload(World world, String name, byte[] content)
			throws Exception {
		return this.mvc.perform(multipart("/api/v1/users/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("organisationId", world.college().getId().toString())
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + token(world.collegeAdmin())));
	}

	private static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("students");
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
