package org.practica.record;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The identity the rules ask for: checked, sealed in its column, whole only for its owner
 * (and the export), masked in every other answer and page.
 */
class IdentityTests extends RecordTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNumberIsSealedInTheDatabaseWithItsFingerprintBeside() throws Exception {
		World world = world();
		String idX = newIdWithX();
		identify(world.student(), idX);
		String column = this.jdbc.sql("select id_number from account where id = ?")
			.param(world.student().getId())
			.query(String.class)
			.single();
		assertThat(column).isNotBlank().doesNotContain(idX).doesNotContain(idX.substring(10));
		String fingerprint = this.jdbc.sql("select id_fingerprint from account where id = ?")
			.param(world.student().getId())
			.query(String.class)
			.single();
		assertThat(fingerprint).isNotBlank().isEqualTo(this.accounts.idFingerprint(idX));
		// the entity reads it back whole: the converter Hibernate made through Spring
		// opens it
		assertThat(this.accounts.find(world.student().getId()).orElseThrow().getIdNumber()).isEqualTo(idX);
	}

	@Test
	void aBadNumberIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
		World world = world();
		String idA = newId();
		putAs(token(world.student()), "{\"idType\":\"RESIDENT_ID_CARD\",\"idNumber\":\"320106199805120035\"}",
				"/api/v1/users/{id}/identity", world.student().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message", containsString("check digit")));
		assertThat(this.accounts.find(world.student().getId()).orElseThrow().getIdNumber()).isNull();
		identify(world.student(), idA);
		Account other = user(Role.STUDENT, world.college());
		putAs(token(other), "{\"idNumber\":\"" + idA + "\"}", "/api/v1/users/{id}/identity", other.getId())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void theOwnerReadsTheNumberWholeEveryoneElseMasked() throws Exception {
		World world = world();
		String idX = newIdWithX();
		String maskedX = masked(idX);
		identify(world.student(), idX);
		String student = token(world.student());
		String collegeAdmin = token(world.collegeAdmin());
		getAs(student, "/api/v1/me").andExpect(jsonPath("$.idNumber").value(idX));
		getAs(student, "/api/v1/users/{id}", world.student().getId()).andExpect(jsonPath("$.idNumber").value(idX));
		getAs(student, "/api/v1/me/record").andExpect(jsonPath("$.person.idNumber").value(idX));
		getAs(collegeAdmin, "/api/v1/users/{id}", world.student().getId())
			.andExpect(jsonPath("$.idNumber").value(maskedX));
		getAs(collegeAdmin, "/api/v1/users?organisationId={id}&size=200", world.college().getId())
			.andExpect(content().string(containsString(maskedX)))
			.andExpect(content().string(not(containsString(idX))));
		getAs(collegeAdmin, "/api/v1/records/students/{id}", world.student().getId())
			.andExpect(jsonPath("$.person.idNumber").value(maskedX));
		putAs(collegeAdmin, "{\"idNumber\":\"" + idX + "\",\"volunteerNumber\":\"V-9\"}", "/api/v1/users/{id}/identity",
				world.student().getId())
			.andExpect(jsonPath("$.idNumber").value(maskedX));
		// pages: the admin's user page and record page masked, the owner's profile and
		// record whole
		this.mvc.perform(get("/users/{id}/edit", world.student().getId()).with(as(world.collegeAdmin())))
			.andExpect(content().string(containsString(maskedX)))
			.andExpect(content().string(not(containsString(idX))));
		this.mvc.perform(get("/records/students/{id}", world.student().getId()).with(as(world.collegeAdmin())))
			.andExpect(content().string(containsString(maskedX)))
			.andExpect(content().string(not(containsString(idX))));
		this.mvc.perform(get("/profile").with(as(world.student()))).andExpect(content().string(containsString(idX)));
		this.mvc.perform(get("/me/record").with(as(world.student()))).andExpect(content().string(containsString(idX)));
	}

	@Test
	void theImportTakesTheNewColumnsAllRowsOrNoneAndNeverRepeatsANumberWhole() throws Exception {
		World world = world();
		String idB = newId();
		String wrongId = idB.substring(0, 17) + (idB.endsWith("1") ? "2" : "1");
		String a = unique("idimp");
		String b = unique("idimp");
		String bad = "用户名,姓名,密码,学号,证件类型,证件号码,志愿者编号\n" + a + ",甲,password-1,N" + a + ",居民身份证," + idB + ",V1\n" + b
				+ ",乙,password-2,N" + b + ",居民身份证," + idB + ",\n";
		upload(world, bad).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(content().string(containsString(masked(idB))))
			.andExpect(content().string(not(containsString(idB))));
		String wrong = "username,displayName,password,studentNumber,idNumber\n" + a + ",甲,password-1,N" + a + ","
				+ wrongId + "\n";
		upload(world, wrong).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(content().string(not(containsString(wrongId))));
		assertThat(this.accounts.findByUsername(a)).isEmpty();
		String good = "用户名,姓名,密码,学号,证件类型,证件号码,志愿者编号\n" + a + ",甲,password-1,N" + a + ",居民身份证," + idB + ",V1\n" + b
				+ ",乙,password-2,N" + b + ",,,\n";
		upload(world, good).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		Account imported = this.accounts.findByUsername(a).orElseThrow();
		assertThat(imported.getIdNumber()).isEqualTo(idB);
		assertThat(imported.getVolunteerNumber()).isEqualTo("V1");
		assertThat(this.accounts.findByUsername(b).orElseThrow().getIdNumber()).isNull();
	}

	private org.springframework.test.web.servlet.ResultActions upload(World world, String csv) throws Exception {
		return this.mvc.perform(multipart("/api/v1/users/import")
			.file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("organisationId", world.college().getId().toString())
			.header("Authorization", "Bearer " + token(world.collegeAdmin()))
			.header("Accept-Language", "en"));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername()));
	}

}
