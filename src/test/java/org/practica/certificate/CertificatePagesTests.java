package org.practica.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate pages: a student asks for a certificate and downloads it, an admin
 * finds a student of their college, and anyone checks a code on the public page in either
 * language.
 */
class CertificatePagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@MockitoBean
	Hours hours;

	private World world;

	private Account student;

	@BeforeEach
	void aStudentWithVerifiedHours() {
		this.world = world();
		this.student = this.world.student();
		given(this.hours.verifiedFor(eq(this.student.getId()), any(), any()))
			.willReturn(List.of(new VerifiedHours(21L, "社区文化墙", this.world.community().getId(),
					LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9), new BigDecimal("8.5"))));
	}

	@Test
	void aStudentAsksForACertificateOnThePageAndDownloadsIt() throws Exception {
		this.mvc.perform(as(this.student, get("/certificates")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的志愿服务证明")))
			.andExpect(content().string(containsString("id=\"request-certificate\"")));
		String location = this.mvc
			.perform(as(this.student, post("/certificates")).param("studentId", this.student.getId().toString())
				.param("from", "2026-03-01")
				.param("to", "2026-06-30"))
			.andExpect(redirectedUrlPattern("/certificates/PRC-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as(this.student, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社区文化墙")))
			.andExpect(content().string(containsString("8.5")))
			.andExpect(content().string(containsString("Download PDF")));
		this.mvc.perform(as(this.student, get(location + "/pdf")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(as(this.student, get("/certificates")))
			.andExpect(content().string(containsString(location.substring("/certificates/".length()))));
	}

	@Test
	void theFormSaysWhyNoCertificateWasIssued() throws Exception {
		given(this.hours.verifiedFor(eq(this.student.getId()), any(), any())).willReturn(List.of());
		this.mvc
			.perform(as(this.student, post("/certificates")).cookie(ENGLISH)
				.param("studentId", this.student.getId().toString())
				.param("from", "2026-03-01")
				.param("to", "2026-06-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are no verified hours in this period.")));
		this.mvc
			.perform(as(this.student, post("/certificates")).cookie(ENGLISH)
				.param("studentId", this.student.getId().toString())
				.param("from", "2026-06-30")
				.param("to", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-field=\"to\"")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")));
	}

	@Test
	void anAdminFindsAStudentOfTheirCollegeButNoOtherOne() throws Exception {
		World intruder = world();
		this.mvc.perform(as(this.world.collegeAdmin(), get("/certificates").param("q", "Test")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("studentId=" + this.student.getId())))
			.andExpect(content().string(not(containsString("studentId=" + intruder.student().getId()))));
		this.mvc
			.perform(as(this.world.collegeAdmin(),
					get("/certificates").param("studentId", this.student.getId().toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"request-certificate\"")));
		this.mvc
			.perform(as(intruder.collegeAdmin(),
					get("/certificates").param("studentId", this.student.getId().toString())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(intruder.collegeAdmin(), post("/certificates"))
				.param("studentId", this.student.getId().toString())
				.param("from", "2026-03-01")
				.param("to", "2026-06-30"))
			.andExpect(status().isNotFound());
		String number = read(postAs(token(this.student),
				CertificateApiTests.request(this.student, CertificateApiTests.FROM, CertificateApiTests.TO),
				"/api/v1/certificates"), "$.number");
		this.mvc.perform(as(intruder.collegeAdmin(), get("/certificates/" + number))).andExpect(status().isNotFound());
		this.mvc.perform(as(intruder.student(), get("/certificates/" + number + "/pdf")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.world.universityAdmin(), get("/certificates")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
	}

	@Test
	void theCertificatesPageRendersForEveryRole() throws Exception {
		for (Account account : new Account[] { this.world.communityAdmin(), this.world.teamLeader(), this.student,
				this.world.universityAdmin(), this.world.collegeAdmin(), this.world.districtAdmin() }) {
			this.mvc.perform(as(account, get("/certificates"))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/certificates")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theVerificationPageSpeaksBothLanguagesAndSaysPlainlyWhenACodeIsUnknown() throws Exception {
		String code = read(postAs(token(this.student),
				CertificateApiTests.request(this.student, CertificateApiTests.FROM, CertificateApiTests.TO),
				"/api/v1/certificates"), "$.verificationCode");
		this.mvc.perform(get("/verify/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("核验通过")))
			.andExpect(content().string(containsString("2026年3月1日")))
			.andExpect(content().string(containsString(this.student.getDisplayName())))
			.andExpect(content().string(containsString("社区文化墙")))
			// one date format on the page: the lines' dates as the period's
			.andExpect(content().string(containsString("2026年3月7日")))
			.andExpect(content().string(not(containsString("2026-03-07"))));
		this.mvc.perform(get("/verify/" + code).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verified")))
			.andExpect(content().string(containsString("1 March 2026")))
			.andExpect(content().string(containsString("7 March 2026")))
			.andExpect(content().string(not(containsString("2026-03-07"))))
			.andExpect(content().string(not(containsString("核验通过"))));
		String forged = code.substring(0, 31) + (code.charAt(31) == 'A' ? 'B' : 'A');
		this.mvc.perform(get("/verify/" + forged))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("核验未通过")))
			.andExpect(content().string(containsString("此证明并非由本平台出具")));
		this.mvc.perform(get("/verify/" + forged).cookie(ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("the certificate is not genuine")));
		this.mvc.perform(get("/verify")).andExpect(status().isOk());
		this.mvc.perform(get("/verify").param("code", " abcd efgh ")).andExpect(redirectedUrl("/verify/abcdefgh"));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
