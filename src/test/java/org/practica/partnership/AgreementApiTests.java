package org.practica.partnership;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements through the API: their dates and life, who acts on them, their scans, the
 * projects linked to them and what those produced.
 */
class AgreementApiTests extends ApiTestSupport {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String agreementJson(Organisation universitySide, Organisation localSide, LocalDate startsOn,
			LocalDate endsOn) {
		return """
				{"kind":"COMMUNITY_PRACTICE","universitySideId":"%s","localSideId":"%s","title":"共建社区实践",
				 "startsOn":"%s","endsOn":"%s"}
				""".formatted(universitySide.getId(), localSide.getId(), startsOn, endsOn);
	}

	/**
	 * A signed agreement between the world's university and district, ending in the given
	 * days.
	 */
	String signedAgreement(World world, int endsInDays) throws Exception {
		String admin = token(world.universityAdmin());
		String id = read(
				postAs(admin,
						agreementJson(world.university(), world.district(), today().minusDays(10),
								today().plusDays(endsInDays)),
						"/api/v1/agreements")
					.andExpect(status().isCreated()),
				"$.id");
		postAs(admin, "{\"signedOn\":\"%s\",\"signatories\":[\"张校长\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_OTHER_PARTY"));
		postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"李书记\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("ACTIVE", "EXPIRING")));
		return id;
	}

	@Test
	void anAgreementIsDraftedSignedRenewedAndTerminated() throws Exception {
		World world = world();
		String university = token(world.universityAdmin());
		String district = token(world.districtAdmin());
		postAs(university, agreementJson(world.university(), world.district(), today(), today()), "/api/v1/agreements")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		String id = read(
				postAs(university, agreementJson(world.college(), world.community(), today(), today().plusYears(2)),
						"/api/v1/agreements")
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("DRAFT")),
				"$.id");
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(3)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isConflict());
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[\"王\"]}".formatted(today().plusDays(1)),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isUnprocessableContent());
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[]}".formatted(today()), "/api/v1/agreements/{id}/sign",
				id)
			.andExpect(status().isBadRequest());
		// stored one a line: the names together must fit, not only each one
		String names = String.join(",", java.util.Collections.nCopies(3, "\"" + "名".repeat(400) + "\""));
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[%s]}".formatted(today(), names),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signatories"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The signatories' names may have at most 1,000 characters in all."));
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[\"%s\"]}".formatted(today(), "名".repeat(1001)),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("signatories")));
		postAs(university,
				agreementJson(world.university(), world.district(), today(), today().plusYears(1)).replace("共建社区实践",
						"题".repeat(201)),
				"/api/v1/agreements")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("The title may have at most 200 characters."));
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[\"赵书记\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_OTHER_PARTY"))
			.andExpect(jsonPath("$.awaitingSignatureOf").value("UNIVERSITY_SIDE"))
			.andExpect(jsonPath("$.awaitingYourSignature").value(false));
		getAs(university, "/api/v1/agreements/{id}", id).andExpect(jsonPath("$.awaitingYourSignature").value(true));
		getAs(university, "/api/v1/agreements?status=AWAITING_OTHER_PARTY")
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		// one party alone puts nothing in force: no renewal yet, and the same side cannot
		// sign twice
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(3)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isConflict());
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[\"王\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isConflict());
		postAs(university, "{\"signedOn\":\"%s\",\"signatories\":[\"王校长\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.signatories[1]").value("赵书记"));
		postAs(district, "{\"signedOn\":\"%s\",\"signatories\":[\"王\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isConflict());
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(1)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isUnprocessableContent());
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(2)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isUnprocessableContent());
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(4)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endsOn").value(today().plusYears(4).toString()))
			.andExpect(jsonPath("$.renewals[0].previousEndsOn").value(today().plusYears(2).toString()));
		postAs(university, "{\"reason\":\" \"}", "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isBadRequest());
		postAs(university, "{\"reason\":\"%s\"}".formatted("长".repeat(1001)), "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("The reason may have at most 1,000 characters."));
		postAs(university, "{\"reason\":\"社区撤并\"}", "/api/v1/agreements/{id}/terminate", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.terminationReason").value("社区撤并"));
		postAs(university, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(6)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isConflict());
		postAs(university, "{\"reason\":\"再次\"}", "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isConflict());
		getAs(university, "/api/v1/agreements/{id}", id).andExpect(jsonPath("$.renewals.length()").value(1));
		getAs(university, "/api/v1/agreements?status=TERMINATED")
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		getAs(university, "/api/v1/agreements?status=ACTIVE")
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
	}

	@Test
	void expiringAndExpiredFollowFromTheDates() throws Exception {
		World world = world();
		String admin = token(world.universityAdmin());
		String soon = signedAgreement(world, 30);
		String later = signedAgreement(world, 200);
		getAs(admin, "/api/v1/agreements/{id}", soon).andExpect(jsonPath("$.status").value("EXPIRING"));
		getAs(admin, "/api/v1/agreements/{id}", later).andExpect(jsonPath("$.status").value("ACTIVE"));
		getAs(admin, "/api/v1/agreements?status=EXPIRING").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(soon));
		this.clock.advance(Duration.ofDays(31));
		admin = token(world.universityAdmin());
		getAs(admin, "/api/v1/agreements?status=EXPIRED").andExpect(jsonPath("$.items[0].id").value(soon));
		getAs(admin, "/api/v1/agreements?status=ACTIVE").andExpect(jsonPath("$.items[0].id").value(later));
		// an expired agreement renewed to a later end is in force again
		postAs(admin, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(1)), "/api/v1/agreements/{id}/renew", soon)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		getAs(admin, "/api/v1/agreements?status=SOMETIME").andExpect(status().isBadRequest());
	}

	@Test
	void onlyThePartiesAdminsActOthersGet404Or403() throws Exception {
		World world = world();
		World intruder = world();
		String id = signedAgreement(world, 300);
		String outsider = token(intruder.universityAdmin());
		getAs(outsider, "/api/v1/agreements/{id}", id).andExpect(status().isNotFound());
		postAs(outsider, "{\"reason\":\"x\"}", "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isNotFound());
		getAs(outsider, "/api/v1/agreements/{id}/outcomes", id).andExpect(status().isNotFound());
		getAs(outsider, "/api/v1/agreements/{id}/attachments", id).andExpect(status().isNotFound());
		postAs(outsider, "{\"endsOn\":\"%s\"}".formatted(today().plusYears(5)), "/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isNotFound());
		String draft = read(postAs(token(world.districtAdmin()),
				agreementJson(world.college(), world.street(), today(), today().plusYears(1)), "/api/v1/agreements")
			.andExpect(status().isCreated()), "$.id");
		postAs(outsider, "{\"signedOn\":\"%s\",\"signatories\":[\"冒名\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", draft)
			.andExpect(status().isNotFound());
		postAs(token(world.collegeAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"院长\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", draft)
			.andExpect(status().isOk());
		getAs(outsider, "/api/v1/agreements").andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
		getAs(token(intruder.communityAdmin()), "/api/v1/agreements/{id}", id).andExpect(status().isNotFound());
		getAs(token(world.student()), "/api/v1/agreements/{id}", id).andExpect(status().isNotFound());
		// admins below a party see it but do not act on it
		String community = token(world.communityAdmin());
		getAs(community, "/api/v1/agreements/{id}", id).andExpect(status().isOk());
		postAs(community, "{\"reason\":\"x\"}", "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isForbidden());
		postAs(token(world.teamLeader()), "{\"endsOn\":\"%s\"}".formatted(today().plusYears(5)),
				"/api/v1/agreements/{id}/renew", id)
			.andExpect(status().isForbidden());
		// drafting needs one of the parties
		postAs(outsider, agreementJson(world.university(), world.district(), today(), today().plusYears(1)),
				"/api/v1/agreements")
			.andExpect(status().isForbidden());
		postAs(outsider, agreementJson(intruder.university(), world.district(), today(), today().plusYears(1)),
				"/api/v1/agreements")
			.andExpect(status().isCreated());
		postAs(token(world.universityAdmin()),
				agreementJson(world.team(), world.district(), today(), today().plusYears(1)), "/api/v1/agreements")
			.andExpect(status().isBadRequest());
		postAs(token(world.universityAdmin()),
				agreementJson(world.university(), world.college(), today(), today().plusYears(1)), "/api/v1/agreements")
			.andExpect(status().isBadRequest());
		postAs(token(world.districtAdmin()), "{\"reason\":\"到此为止\"}", "/api/v1/agreements/{id}/terminate", id)
			.andExpect(status().isOk());
	}

	@Test
	void signedScansAreCheckedByContentAndSize() throws Exception {
		World world = world();
		World intruder = world();
		String id = signedAgreement(world, 300);
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		// a PDF called scan.png is refused, naming both
		upload(token(world.universityAdmin()), id, new MockMultipartFile("file", "scan.png", "image/png", pdf))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("scan.png")))
			.andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("PDF")));
		upload(token(world.universityAdmin()), id, new MockMultipartFile("file", "scan.PDF", "image/png", pdf))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.fileName").value("scan.PDF"));
		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		upload(token(world.districtAdmin()), id, new MockMultipartFile("file", "scan", "application/octet-stream", png))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		this.mvc
			.perform(multipart("/api/v1/agreements/{id}/attachments", id).param("note", "no file part")
				.header("Authorization", "Bearer " + token(world.universityAdmin()))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose a file."));
		upload(token(world.universityAdmin()), id,
				new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(token(world.universityAdmin()), id,
				new MockMultipartFile("file", "fake.pdf", "application/pdf",
						"just text, named as a PDF".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(token(world.universityAdmin()), id,
				new MockMultipartFile("file", "a.gif", "image/gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
			.andExpect(status().isUnprocessableContent());
		byte[] big = Arrays.copyOf(pdf, (int) org.practica.support.UploadedFile.MAX_BYTES + 1);
		upload(token(world.universityAdmin()), id, new MockMultipartFile("file", "big.pdf", "application/pdf", big))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").exists());
		upload(token(intruder.universityAdmin()), id, new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf))
			.andExpect(status().isNotFound());
		upload(token(world.communityAdmin()), id, new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf))
			.andExpect(status().isForbidden());
		String attachments = getAs(token(world.communityAdmin()), "/api/v1/agreements/{id}/attachments", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String first = com.jayway.jsonpath.JsonPath.read(attachments, "$.items[0].id");
		byte[] downloaded = getAs(token(world.universityAdmin()), "/api/v1/agreements/{id}/attachments/{a}", id, first)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		getAs(token(intruder.universityAdmin()), "/api/v1/agreements/{id}/attachments/{a}", id, first)
			.andExpect(status().isNotFound());
	}

	private ResultActions upload(String token, String id, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/api/v1/agreements/{id}/attachments", id).file(file)
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en"));
	}

	@Test
	void projectsAreLinkedWhenThePartiesCoverThemAndTheOutcomesCountTheirStudentsAndHours() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isOk());
		String agreement = signedAgreement(world, 300);
		String university = token(world.universityAdmin());
		// a draft does not take projects
		String draft = read(
				postAs(university, agreementJson(world.university(), world.district(), today(), today().plusYears(1)),
						"/api/v1/agreements"),
				"$.id");
		postAs(community, "{\"agreementId\":\"" + draft + "\"}", "/api/v1/projects/{id}/agreement", served.project())
			.andExpect(status().isUnprocessableContent());
		// an agreement whose locality side does not hold the project's community
		Organisation otherStreet = org("Street", OrganisationKind.STREET, world.district(), null, null);
		String narrow = read(postAs(university,
				agreementJson(world.university(), otherStreet, today().minusDays(1), today().plusYears(1)),
				"/api/v1/agreements"), "$.id");
		postAs(university, "{\"signedOn\":\"%s\",\"signatories\":[\"甲\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", narrow)
			.andExpect(status().isOk());
		postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", narrow)
			.andExpect(status().isOk());
		// the community's admin does not see it (another street's): as unknown as none
		postAs(community, "{\"agreementId\":\"" + narrow + "\"}", "/api/v1/projects/{id}/agreement", served.project())
			.andExpect(status().isNotFound());
		postAs(community, "{\"agreementId\":\"99999999\"}", "/api/v1/projects/{id}/agreement", served.project())
			.andExpect(status().isNotFound());
		// an agreement of another university does not hold the project's team
		World other = world();
		String foreign = read(postAs(token(world.districtAdmin()),
				agreementJson(other.university(), world.district(), today().minusDays(1), today().plusYears(1)),
				"/api/v1/agreements"), "$.id");
		postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", foreign)
			.andExpect(status().isOk());
		postAs(token(other.universityAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"丙\"]}".formatted(today()),
				"/api/v1/agreements/{id}/sign", foreign)
			.andExpect(status().isOk());
		postAs(community, "{\"agreementId\":\"" + foreign + "\"}", "/api/v1/projects/{id}/agreement", served.project())
			.andExpect(status().isUnprocessableContent());
		// not the project's admins
		postAs(token(other.communityAdmin()), "{\"agreementId\":\"" + agreement + "\"}",
				"/api/v1/projects/{id}/agreement", served.project())
			.andExpect(status().isNotFound());
		postAs(token(world.teamLeader()), "{\"agreementId\":\"" + agreement + "\"}", "/api/v1/projects/{id}/agreement",
				served.project())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreementId").value(agreement));

		String outcomes = getAs(university, "/api/v1/agreements/{id}/outcomes", agreement).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long projectId = Long.parseLong(served.project());
		long students = this.jdbc.sql("""
				select count(distinct student_id) from (
				  select student_id from signup where project_id = ? and status <> 'CANCELLED'
				  union select student_id from hours_entry where project_id = ?) s
				""").params(projectId, projectId).query(Long.class).single();
		BigDecimal verified = this.jdbc
			.sql("select coalesce(sum(hours), 0) from hours_entry where project_id = ? and status = 'VERIFIED'")
			.param(projectId)
			.query(BigDecimal.class)
			.single();
		assertThat((Integer) com.jayway.jsonpath.JsonPath.read(outcomes, "$.projects")).isEqualTo(1);
		assertThat(((Number) com.jayway.jsonpath.JsonPath.read(outcomes, "$.students")).longValue()).isEqualTo(students)
			.isEqualTo(1);
		assertThat(new BigDecimal(com.jayway.jsonpath.JsonPath.read(outcomes, "$.verifiedHours").toString()))
			.isEqualByComparingTo(verified)
			.isEqualByComparingTo("1.5");
		getAs(university, "/api/v1/agreements/{id}/outcomes", narrow).andExpect(jsonPath("$.projects").value(0))
			.andExpect(jsonPath("$.students").value(0))
			.andExpect(jsonPath("$.verifiedHours").value(0));
	}

}
