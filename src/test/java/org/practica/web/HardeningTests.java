package org.practica.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.TestPhotos;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The holes an outside probe found (issue 17), each sent again as the probe sent it: the
 * status, the problem details and the field they name.
 */
class HardeningTests extends ApiTestSupport {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
		.getBytes(StandardCharsets.US_ASCII);

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status));
	}

	private static ResultActions fieldProblem(ResultActions result, String field) throws Exception {
		return problem(result, 400).andExpect(jsonPath("$.errors[0].field").value(field));
	}

	@Test
	void aStudentBackfillsOnlyOnAProjectItServed() throws Exception {
		World mine = world();
		World theirs = world();
		String foreignProject = project(theirs);
		String ownProjectNotSignedUp = project(mine);
		for (String project : new String[] { foreignProject, ownProjectNotSignedUp }) {
			problem(this.mvc.perform(multipart("/api/v1/hours/backfills")
				.file(new MockMultipartFile("evidence", "evidence.png", "image/png", TestPhotos.png(20, 20)))
				.param("projectId", project)
				.param("date", LocalDate.now(this.clock).minusDays(1).toString())
				.param("hours", "2")
				.param("reason", "签到设备故障")
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + token(mine.student()))), 404);
		}
	}

	@Test
	void aRoundNamingAnotherTenantsShiftIsNotFoundAndNamesNothing() throws Exception {
		World mine = world();
		World theirs = world();
		String shift = read(postAs(token(theirs.teamLeader()),
				"""
						{"title":"机密班次标题","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
						""",
				"/api/v1/projects/{id}/shifts", project(theirs)), "$.id");
		problem(postAs(token(mine.universityAdmin()), """
				{"title":"轮次","organisationId":"%s","shiftIds":["%s"],"maxChoices":1,
				 "opensAt":"2030-05-01T09:00:00+08:00","closesAt":"2030-05-02T09:00:00+08:00"}
				""".formatted(mine.university().getId(), shift), "/api/v1/matching-rounds"), 404)
			.andExpect(content().string(not(containsString("机密班次标题"))));
	}

	@Test
	void aPracticeBaseNeedsBothPartiesSignatures() throws Exception {
		World world = world();
		String university = token(world.universityAdmin());
		LocalDate today = LocalDate.now(this.clock);
		String id = read(postAs(university, """
				{"kind":"PRACTICE_BASE","universitySideId":"%s","localSideId":"%s","title":"基地协议",
				 "startsOn":"%s","endsOn":"%s"}
				""".formatted(world.university().getId(), world.district().getId(), today.minusDays(1),
				today.plusYears(1)), "/api/v1/agreements"), "$.id");
		postAs(university, "{\"signedOn\":\"%s\",\"signatories\":[\"甲\"]}".formatted(today),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(jsonPath("$.status").value("AWAITING_OTHER_PARTY"));
		String base = """
				{"agreementId":"%s","name":"基地","address":"衡阳","latitude":26.9,"longitude":112.6,"capacity":5}
				""".formatted(id);
		problem(postAs(university, base, "/api/v1/practice-bases"), 409);
		postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(today),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		postAs(university, base, "/api/v1/practice-bases").andExpect(status().isCreated());
	}

	@Test
	void aRevokedTokenEndsAtOnce() throws Exception {
		String token = token(world().student());
		getAs(token, "/api/v1/me").andExpect(status().isOk());
		postAs(token, null, "/api/v1/auth/token/revoke").andExpect(status().isNoContent());
		problem(getAs(token, "/api/v1/me"), 401);
		problem(postAs(token, null, "/api/v1/auth/token/revoke"), 401);
	}

	@Test
	void weakPasswordsAreRefusedWhereverAccountsAreMade() throws Exception {
		World world = world();
		String admin = token(world.collegeAdmin());
		String username = unique("weak.user");
		for (String password : new String[] { "12345678", "password", "Password", username + "-2026" }) {
			fieldProblem(postAs(admin, """
					{"username":"%s","password":"%s","displayName":"弱","role":"STUDENT","organisationId":"%s",
					 "studentNumber":"%s"}
					""".formatted(username, password, world.college().getId(), unique("N")), "/api/v1/users"),
					"password");
		}
		String csv = "username,displayName,password,studentNumber\n" + username + ",弱,12345678x,N" + username + "\n";
		problem(this.mvc.perform(multipart("/api/v1/users/import")
			.file(new MockMultipartFile("file", "students.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
			.param("organisationId", world.college().getId().toString())
			.header("Authorization", "Bearer " + admin)), 422);
		problem(this.mvc.perform(multipart("/api/v1/users/import")
			.file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("organisationId", world.college().getId().toString())
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + admin)), 422)
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("A password needs at least 10 characters."));
	}

	@Test
	void everyAnswerCarriesTheReferrerAndPermissionsPolicies() throws Exception {
		for (String path : new String[] { "/", "/api/v1/directions" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
		}
	}

	@Test
	void aNulCharacterIsABadRequestNamingTheField() throws Exception {
		World world = world();
		fieldProblem(postAs(token(world.communityAdmin()), needJson(world.community(), "标题\\u0000", "PUBLICITY", "", 2),
				"/api/v1/needs"), "title")
			.andExpect(jsonPath("$.errors[0].message").value("This text holds a NUL character, which is not allowed."));
		fieldProblem(
				postAs(token(world.communityAdmin()),
						needJson(world.community(), "标题", "PUBLICITY", "\"a\\u0000b\"", 2), "/api/v1/needs"),
				"skills[0]");
		String csv = "username,displayName,password,studentNumber\nnul.user,A\u0000B,long-enough-pass,N1\n";
		problem(this.mvc.perform(multipart("/api/v1/users/import")
			.file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("organisationId", world.college().getId().toString())
			.header("Authorization", "Bearer " + token(world.collegeAdmin()))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].row").value(2));
		fieldProblem(this.mvc.perform(get("/api/v1/needs").param("q", "a\u0000b")), "q");
	}

	@Test
	void tagsOverTheirLimitOrTooManyAreBadRequests() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		StringBuilder distinct = new StringBuilder();
		for (int i = 0; i < 21; i++) {
			distinct.append(i == 0 ? "" : ",").append("\"skill").append(i).append('"');
		}
		fieldProblem(postAs(community, needJson(world.community(), "标题", "PUBLICITY", distinct.toString(), 2),
				"/api/v1/needs"), "skills");
		fieldProblem(postAs(community, needJson(world.community(), "标题", "PUBLICITY", "\"" + "长".repeat(41) + "\"", 2),
				"/api/v1/needs"), "skills");
		fieldProblem(postAs(token(world.collegeAdmin()), """
				{"username":"%s","password":"quiet-lantern-garden-42","displayName":"技","role":"STUDENT",
				 "organisationId":"%s","studentNumber":"%s","skills":[%s]}
				""".formatted(unique("tags"), world.college().getId(), unique("N"), distinct), "/api/v1/users"),
				"skills");
	}

	@Test
	void datesOutsideTheDatabasesYearsAreBadRequests() throws Exception {
		World world = world();
		fieldProblem(postAs(token(world.communityAdmin()),
				needJson(world.community(), "标题", "PUBLICITY", "", 2, "+6000000-01-01", "+6000000-02-01"),
				"/api/v1/needs"), "startDate")
			.andExpect(jsonPath("$.errors[0].message").value("This date lies outside the years 1 to 9999."));
		Served served = served(world);
		fieldProblem(this.mvc.perform(multipart("/api/v1/hours/backfills")
			.file(new MockMultipartFile("evidence", "evidence.png", "image/png", TestPhotos.png(20, 20)))
			.param("projectId", served.project())
			.param("date", "+6000000-01-01")
			.param("hours", "2")
			.param("reason", "签到设备故障")
			.header("Authorization", "Bearer " + token(served.student()))), "date");
	}

	@Test
	void nullsInListsAndHugeUsernamesAreBadRequests() throws Exception {
		World world = world();
		fieldProblem(postAs(token(world.communityAdmin()), "{\"ids\":[null]}", "/api/v1/hours/verify"), "ids[0]");
		fieldProblem(postAs(null, "{\"username\":\"%s\",\"password\":\"x\"}".formatted("u".repeat(100_000)),
				"/api/v1/auth/token"), "username");
		this.mvc
			.perform(post("/login").param("username", "u".repeat(100_000))
				.param("password", "x")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void numbersWhereAnEnumOrADateIsExpectedAreBadRequests() throws Exception {
		World world = world();
		String university = token(world.universityAdmin());
		LocalDate today = LocalDate.now(this.clock);
		String agreement = """
				{"kind":%s,"universitySideId":"%s","localSideId":"%s","title":"协议","startsOn":"%s","endsOn":%s}
				""";
		fieldProblem(postAs(university, agreement.formatted("1", world.university().getId(), world.district().getId(),
				today, "\"" + today.plusYears(1) + "\""), "/api/v1/agreements"), "kind");
		fieldProblem(postAs(university,
				agreement.formatted("\"PRACTICE_BASE\"", world.university().getId(), world.district().getId(), today,
						"20260101"),
				"/api/v1/agreements"), "endsOn")
			.andExpect(jsonPath("$.errors[0].message").value("A date is written as text, e.g. 2026-01-01."));
	}

	@Test
	void preferencesWithoutShiftsAreABadRequestNotAWithdrawal() throws Exception {
		fieldProblem(putAs(token(world().student()), "{}", "/api/v1/matching-rounds/{id}/preferences", "1"),
				"shiftIds");
	}

	@Test
	void anUploadWhoseContentDisagreesWithItsNameIsRefusedNamingBoth() throws Exception {
		World world = world();
		String university = token(world.universityAdmin());
		LocalDate today = LocalDate.now(this.clock);
		String id = read(postAs(university, """
				{"kind":"PRACTICE_BASE","universitySideId":"%s","localSideId":"%s","title":"协议",
				 "startsOn":"%s","endsOn":"%s"}
				""".formatted(world.university().getId(), world.district().getId(), today, today.plusYears(1)),
				"/api/v1/agreements"), "$.id");
		problem(this.mvc.perform(multipart("/api/v1/agreements/{id}/attachments", id)
			.file(new MockMultipartFile("file", "scan.png", "image/png", PDF))
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + university)), 422)
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("scan.png")))
			.andExpect(jsonPath("$.errors[0].message", containsString("PDF")));
		this.mvc
			.perform(multipart("/api/v1/agreements/{id}/attachments", id)
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
				.header("Authorization", "Bearer " + university))
			.andExpect(status().isCreated());
		Served served = served(world);
		problem(this.mvc.perform(multipart("/api/v1/hours/backfills")
			.file(new MockMultipartFile("evidence", "photo.jpg", "image/jpeg", PDF))
			.param("projectId", served.project())
			.param("date", today.toString())
			.param("hours", "1")
			.param("reason", "签到设备故障")
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + token(served.student()))), 422)
			.andExpect(jsonPath("$.errors[0].field").value("evidence"))
			.andExpect(jsonPath("$.errors[0].message", containsString("photo.jpg")));
	}

	@Test
	void pathsTheFirewallRefusesAreProblemDetails() throws Exception {
		for (String path : new String[] { "/api/v1/needs/%00", "/api/v1/needs;jsessionid=1", "/api/v1/%2e%2e%2fneeds",
				"/needs/%2e%2e%2f" }) {
			problem(this.mvc.perform(get(URI.create(path)).header("Accept-Language", "en")), 400)
				.andExpect(jsonPath("$.type").value("urn:practica:problem:problem.path-rejected"));
		}
	}

}
