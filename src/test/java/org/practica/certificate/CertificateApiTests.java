package org.practica.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.NewAccount;
import org.practica.directory.Organisation;
import org.practica.directory.Role;
import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;

import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate API as a client uses it: issuing over a period, the PDF, the public
 * verification, and nobody reaching another organisation's certificates. The hours ledger
 * is stood in for, so each test says which verified hours a student has.
 */
class CertificateApiTests extends ApiTestSupport {

	static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@MockitoBean
	Hours hours;

	private World world;

	private Account student;

	@BeforeEach
	void aStudentWithVerifiedHours() {
		this.world = world();
		this.student = chineseStudent(this.world.college(), "张思睿");
		verifiedHours(this.student, this.world.community(), "10", "4.5");
	}

	@Test
	void aStudentGetsANumberedCertificateOfTheirVerifiedHours() throws Exception {
		String token = token(this.student);
		var issued = postAs(token, request(this.student, FROM, TO), "/api/v1/certificates")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(matchesPattern("PRC-\\d{4}-\\d{6}")))
			.andExpect(jsonPath("$.verificationCode").value(matchesPattern("[A-Z2-7]{32}")))
			.andExpect(jsonPath("$.totalHours").value(14.5))
			.andExpect(jsonPath("$.studentName").value("张思睿"))
			.andExpect(jsonPath("$.issuer").value(this.world.university().getName()))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].communityName").value(this.world.community().getName()));
		String number = read(issued, "$.number");
		String code = read(issued, "$.verificationCode");
		assertThat(read(issued, "$.pdf")).isEqualTo("http://localhost:8080/api/v1/certificates/" + number + "/pdf");
		assertThat(read(issued, "$.verifyUrl")).isEqualTo("http://localhost:8080/verify/" + code);

		byte[] pdf = getAs(token, "/api/v1/certificates/{number}/pdf", number).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", endsWith("filename=\"" + number + ".pdf\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("张思睿", number, "14.5", this.student.getStudentNumber(),
					this.world.university().getName(), "项目甲");
		}
		byte[] again = getAs(token, "/api/v1/certificates/{number}/pdf", number).andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(again).isEqualTo(pdf);

		getAs(token, "/api/v1/certificates?studentId=" + this.student.getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].number").value(number));
		getAs(token, "/api/v1/certificates/{number}", number).andExpect(status().isOk())
			.andExpect(jsonPath("$.verificationCode").value(code));
	}

	@Test
	void anAdminOfTheStudentsCollegeOrUniversityMayAskForIt() throws Exception {
		postAs(token(this.world.collegeAdmin()), request(this.student, FROM, TO), "/api/v1/certificates")
			.andExpect(status().isCreated());
		String number = read(
				postAs(token(this.world.universityAdmin()), request(this.student, FROM, TO), "/api/v1/certificates")
					.andExpect(status().isCreated()),
				"$.number");
		getAs(token(this.student), "/api/v1/certificates/{number}/pdf", number).andExpect(status().isOk());
		getAs(token(this.world.collegeAdmin()), "/api/v1/certificates?studentId=" + this.student.getId())
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void noVerifiedHoursInThePeriodIsUnprocessable() throws Exception {
		given(this.hours.verifiedFor(eq(this.student.getId()), any(), any())).willReturn(List.of());
		postAs(token(this.student), request(this.student, FROM, TO), "/api/v1/certificates")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There are no verified hours in this period."));
		given(this.hours.verifiedFor(eq(this.student.getId()), any(), any()))
			.willReturn(List.of(new VerifiedHours(1L, "零", null, FROM, FROM, BigDecimal.ZERO)));
		postAs(token(this.student), request(this.student, FROM, TO), "/api/v1/certificates")
			.andExpect(status().isUnprocessableContent());
		getAs(token(this.student), "/api/v1/certificates?studentId=" + this.student.getId())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aBadPeriodNamesTheField() throws Exception {
		String token = token(this.student);
		postAs(token, request(this.student, TO, FROM), "/api/v1/certificates").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		postAs(token, "{\"studentId\":\"" + this.student.getId() + "\"}", "/api/v1/certificates")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		postAs(token, request(this.student, FROM, LocalDate.now(this.clock).plusDays(3)), "/api/v1/certificates")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("The period cannot end after today."));
	}

	@Test
	void onlyStudentsGetCertificates() throws Exception {
		postAs(token(this.world.universityAdmin()), request(this.world.collegeAdmin(), FROM, TO),
				"/api/v1/certificates")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void issuedAtKeepsZeroSecondsAndTheOffset() throws Exception {
		this.clock.setTo(this.clock.instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
		var issued = postAs(token(this.student), request(this.student, FROM, TO), "/api/v1/certificates")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuedAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+08:00")));
		getAs(null, "/api/v1/verify/{code}", read(issued, "$.verificationCode")).andExpect(status().isOk())
			.andExpect(jsonPath("$.issuedAt").value(read(issued, "$.issuedAt")));
	}

	@Test
	void anyoneCanVerifyAGenuineCodeAndAForgedOneIsSaidToBeSo() throws Exception {
		var issued = postAs(token(this.student), request(this.student, FROM, TO), "/api/v1/certificates");
		String number = read(issued, "$.number");
		String code = read(issued, "$.verificationCode");
		getAs(null, "/api/v1/verify/{code}", code).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.studentName").value("张思睿"))
			.andExpect(jsonPath("$.totalHours").value(14.5))
			.andExpect(jsonPath("$.issuer").value(this.world.university().getName()))
			.andExpect(jsonPath("$.issuedAt")
				.value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+08:00")));
		getAs(null, "/api/v1/verify/{code}", code.toLowerCase()).andExpect(status().isOk());

		String forged = code.substring(0, 31) + (code.charAt(31) == 'A' ? 'B' : 'A');
		for (String wrong : new String[] { forged, "not-a-code", number }) {
			getAs(null, "/api/v1/verify/{code}", wrong).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.detail").value(
						"No certificate was issued with this verification code: the certificate is not genuine, or the code was mistyped."));
		}
	}

	@Test
	void nobodyReachesAnotherOrganisationsStudentsOrCertificates() throws Exception {
		World intruder = world();
		String number = read(postAs(token(this.student), request(this.student, FROM, TO), "/api/v1/certificates"),
				"$.number");
		Account classmate = chineseStudent(this.world.college(), "同学");
		for (Account other : new Account[] { intruder.student(), intruder.collegeAdmin(), intruder.universityAdmin(),
				classmate, this.world.communityAdmin(), this.world.districtAdmin(), this.world.teamLeader() }) {
			String token = token(other);
			postAs(token, request(this.student, FROM, TO), "/api/v1/certificates").andExpect(status().isNotFound());
			getAs(token, "/api/v1/certificates/{number}/pdf", number).andExpect(status().isNotFound());
			getAs(token, "/api/v1/certificates/{number}", number).andExpect(status().isNotFound());
			getAs(token, "/api/v1/certificates?studentId=" + this.student.getId()).andExpect(status().isNotFound());
		}
		getAs(null, "/api/v1/certificates/{number}/pdf", number).andExpect(status().isUnauthorized());
		postAs(null, request(this.student, FROM, TO), "/api/v1/certificates").andExpect(status().isUnauthorized());
		getAs(token(this.student), "/api/v1/certificates/{number}/pdf", "PRC-1999-999999")
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDocumentDescribesTheCertificateEndpoints() throws Exception {
		getAs(null, "/v3/api-docs").andExpect(jsonPath("$.paths['/api/v1/certificates'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/certificates/{number}/pdf'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/verify/{verificationCode}'].get").exists());
	}

	Account chineseStudent(Organisation college, String name) {
		return this.accounts.create(admin(), new NewAccount(unique("student."), PASSWORD, name, Role.STUDENT,
				college.getId().toString(), unique("2026"), null, List.of(), null));
	}

	void verifiedHours(Account student, Organisation community, String first, String second) {
		given(this.hours.verifiedFor(eq(student.getId()), any(), any())).willReturn(List.of(
				new VerifiedHours(11L, "项目甲：社区文化墙", community.getId(), LocalDate.of(2026, 3, 7),
						LocalDate.of(2026, 3, 8), new BigDecimal(first)),
				new VerifiedHours(12L, "项目乙：四点半课堂", community.getId(), LocalDate.of(2026, 4, 2),
						LocalDate.of(2026, 4, 2), new BigDecimal(second))));
	}

	static String request(Account student, LocalDate from, LocalDate to) {
		return """
				{"studentId":"%s","from":"%s","to":"%s"}
				""".formatted(student.getId(), from, to);
	}

}
