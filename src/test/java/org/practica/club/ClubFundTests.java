package org.practica.club;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practica.support.HashChain;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development fund: a request's stages with every amount and comment kept, the
 * budget, spending that never exceeds the grant under concurrency, the hash-chained
 * spending ledger and the exports.
 */
class ClubFundTests extends ClubTestSupport {

	@Autowired
	private SpendingLedgerCheck ledger;

	@Autowired
	private List<HashChain.Verifier> ledgers;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRequestGoesThroughTheFederationAndTheUniversityKeepingEveryStage() throws Exception {
		Federation f = federation();
		String club = active(f);
		String president = token(f.applicant());
		postAs(token(f.students().get(1)), """
				{"clubId":"%s","amount":4000,"purpose":"读书月","items":[{"name":"图书","amount":4000}]}
				""".formatted(club), "/api/v1/fund-requests").andExpect(status().isForbidden());
		postAs(president,
				"""
						{"clubId":"%s","amount":4000.00,"purpose":"读书月","items":[{"name":"图书","amount":3000},{"name":"场地","amount":999.99}]}
						"""
					.formatted(club),
				"/api/v1/fund-requests")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		postAs(president, """
				{"clubId":"%s","amount":4000.001,"purpose":"读书月","items":[{"name":"图书","amount":4000.001}]}
				""".formatted(club), "/api/v1/fund-requests").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		String request = read(postAs(president,
				"""
						{"clubId":"%s","amount":4000.00,"purpose":"读书月","items":[{"name":"图书","amount":3000},{"name":"场地","amount":1000.00}]}
						"""
					.formatted(club),
				"/api/v1/fund-requests")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.amount").value(4000.00)), "$.id");
		String officer = token(f.officer());
		String admin = token(f.universityAdmin());
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isConflict());
		postAs(officer, "{\"decision\":\"APPROVE\",\"amount\":3500}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		postAs(officer, "{\"decision\":\"APPROVE\",\"amount\":4500,\"comment\":\"多给\"}",
				"/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isUnprocessableContent());
		postAs(officer, "{\"decision\":\"APPROVE\",\"amount\":3500,\"comment\":\"场地由学校提供，核减 500 元\"}",
				"/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.proposedAmount").value(3500.00));
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("no budget")));
		int year = java.time.LocalDate.now(this.clock).getYear();
		putAs(officer, "{\"budget\":10000}", "/api/v1/funds/{u}/{y}", f.university().getId(), year)
			.andExpect(status().isForbidden());
		putAs(admin, "{\"budget\":3000}", "/api/v1/funds/{u}/{y}", f.university().getId(), year)
			.andExpect(status().isOk());
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("3000.00")));
		putAs(admin, "{\"budget\":10000.5}", "/api/v1/funds/{u}/{y}", f.university().getId(), year)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budget").value(10000.50));
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/fund-requests/{id}/review", request)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GRANTED"))
			.andExpect(jsonPath("$.grantedAmount").value(3500.00))
			.andExpect(jsonPath("$.reviews", hasSize(2)))
			.andExpect(jsonPath("$.reviews[0].stage").value("FEDERATION"))
			.andExpect(jsonPath("$.reviews[0].amount").value(3500.00))
			.andExpect(jsonPath("$.reviews[0].comment").value("场地由学校提供，核减 500 元"))
			.andExpect(jsonPath("$.reviews[1].stage").value("UNIVERSITY"));
		String body = getAs(president, "/api/v1/clubs/{id}/account", club).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"granted\":3500.00", "\"spent\":0.00", "\"available\":3500.00");
		getAs(officer, "/api/v1/funds/{u}/{y}", f.university().getId(), year).andExpect(status().isOk())
			.andExpect(jsonPath("$.budget").value(10000.50))
			.andExpect(jsonPath("$.granted").value(3500.00))
			.andExpect(jsonPath("$.left").value(6500.50));
	}

	@Test
	void twentySimultaneousSpendsOf200Against3500GrantedLeave17RecordedAnd3Refused() throws Exception {
		Federation f = federation();
		String club = active(f);
		String request = fundRequest(f, club, "3500");
		grant(f, request, "100000", "3500");
		String president = token(f.applicant());
		int threads = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Integer> spend = () -> {
					start.await();
					return spend(president, club, request, "200.00").andReturn().getResponse().getStatus();
				};
				results.add(pool.submit(spend));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(17);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
		}
		finally {
			pool.shutdown();
		}
		String body = getAs(president, "/api/v1/clubs/{id}/account", club).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"granted\":3500.00", "\"spent\":3400.00", "\"available\":100.00");
		spend(president, club, request, "100.01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("100.00")));
		spend(president, club, request, "100.00").andExpect(status().isCreated());
		assertThat(read(getAs(president, "/api/v1/clubs/{id}/account", club), "$.available")).isEqualTo("0.0");
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void anAlteredSpendingRowIsNamedByTheChainCheck() throws Exception {
		Federation f = federation();
		String club = active(f);
		String request = fundRequest(f, club, "500");
		grant(f, request, "100000", "500");
		String line = read(spend(token(f.applicant()), club, request, "120.50").andExpect(status().isCreated()),
				"$.id");
		assertThat(this.ledgers).contains(this.ledger);
		assertThat(this.ledger.verify().intact()).isTrue();
		this.jdbc.update("update club_spending set amount = 12.05 where seq = ?", Long.valueOf(line));
		try {
			HashChain.Result result = this.ledger.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenLine()).isEqualTo(Long.valueOf(line));
			assertThat(result.messageKey()).isEqualTo("club.ledger.broken.hash");
		}
		finally {
			this.jdbc.update("update club_spending set amount = 120.50 where seq = ?", Long.valueOf(line));
		}
		this.jdbc.update("update fund_request set spent = 0 where id = ?", Long.valueOf(request));
		try {
			HashChain.Result result = this.ledger.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenEntry()).isEqualTo(Long.valueOf(request));
			assertThat(result.messageKey()).isEqualTo("club.ledger.broken.request");
		}
		finally {
			this.jdbc.update("update fund_request set spent = 120.50 where id = ?", Long.valueOf(request));
		}
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void aReceiptMustBeADocumentAndTheAccountAndFundExportToXlsx() throws Exception {
		Federation f = federation();
		String club = active(f);
		String request = fundRequest(f, club, "800");
		grant(f, request, "5000", "800");
		String president = token(f.applicant());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/clubs/{id}/spending", club)
				.file(new org.springframework.mock.web.MockMultipartFile("receipt", "r.pdf", "application/pdf",
						"not a pdf".getBytes()))
				.param("amount", "10")
				.param("description", "购书")
				.param("fundRequestId", request)
				.header("Authorization", "Bearer " + president))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("receipt"));
		String line = read(spend(president, club, request, "300.00").andExpect(status().isCreated()), "$.id");
		byte[] receipt = getAs(president, "/api/v1/clubs/{id}/spending/{seq}/receipt", club, line)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(receipt).isEqualTo(PDF);
		byte[] account = getAs(president, "/api/v1/clubs/{id}/account.xlsx", club).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(account))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(800.0);
			assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(300.0);
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(4).getNumericCellValue()).isEqualTo(500.0);
		}
		int year = java.time.LocalDate.now(this.clock).getYear();
		byte[] fund = getAs(token(f.officer()), "/api/v1/funds/{u}/{y}.xlsx", f.university().getId(), year)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fund))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(5).getNumericCellValue()).isEqualTo(4200.0);
		}
		// the same files from the pages, for a signed-in session, and for nobody else
		var president_ = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.actingAs(f.applicant().getUsername()));
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/clubs/{id}/spending/{seq}/receipt", club, line)
				.with(president_))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PDF);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/clubs/{id}/account.xlsx", club)
				.with(president_))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/funds/{u}/{y}.xlsx", f.university().getId(), year)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.actingAs(f.officer().getUsername()))))
			.andExpect(status().isOk());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/clubs/{id}/spending/{seq}/receipt", club, line))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anotherUniversitysFederationSeesNothing() throws Exception {
		Federation f = federation();
		Federation other = federation();
		openRegistration(f);
		String application = apply(f);
		String club = active(f);
		String request = fundRequest(f, club, "500");
		grant(f, request, "1000", "500");
		String line = read(spend(token(f.applicant()), club, request, "50").andExpect(status().isCreated()), "$.id");
		String intruder = token(other.officer());
		String intruderAdmin = token(other.universityAdmin());
		for (String token : List.of(intruder, intruderAdmin)) {
			getAs(token, "/api/v1/clubs/{id}", application).andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs/{id}/reviews", application).andExpect(status().isNotFound());
			postAs(token, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", application)
				.andExpect(status().isNotFound());
			postAs(token, "{\"reason\":\"x\"}", "/api/v1/clubs/{id}/cancel", club).andExpect(status().isNotFound());
			getAs(token, "/api/v1/federations/{u}/registration", f.university().getId())
				.andExpect(status().isNotFound());
			postAs(token, null, "/api/v1/federations/{u}/registration/NEW/close", f.university().getId())
				.andExpect(status().isNotFound());
			getAs(token, "/api/v1/fund-requests/{id}", request).andExpect(status().isNotFound());
			getAs(token, "/api/v1/fund-requests?universityId={u}", f.university().getId())
				.andExpect(status().isNotFound());
			postAs(token, "{\"decision\":\"REJECT\",\"comment\":\"x\"}", "/api/v1/fund-requests/{id}/review", request)
				.andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs/{id}/account", club).andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs/{id}/account.xlsx", club).andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs/{id}/spending", club).andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs/{id}/spending/{seq}/receipt", club, line).andExpect(status().isNotFound());
			spend(token, club, request, "10").andExpect(status().isNotFound());
			getAs(token, "/api/v1/funds/{u}/{y}", f.university().getId(), 2026).andExpect(status().isNotFound());
			putAs(token, "{\"budget\":1}", "/api/v1/funds/{u}/{y}", f.university().getId(), 2026)
				.andExpect(status().isNotFound());
			getAs(token, "/api/v1/clubs?universityId={u}&status=APPLIED", f.university().getId())
				.andExpect(jsonPath("$.total").value(0));
		}
		getAs(token(f.officer()), "/api/v1/clubs?universityId={u}&status=APPLIED", f.university().getId())
			.andExpect(jsonPath("$.total").value(1));
	}

}
