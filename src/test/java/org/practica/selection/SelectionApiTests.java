package org.practica.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.TestPhotos;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SelectionApiTests extends ApiTestSupport {

	static final String CRITERIA = """
			[{"code":"impact","name":"成效","weight":0.6,"max":10},{"code":"novelty","name":"创新","weight":0.4,"max":10}]""";

	@Autowired
	Selections selections;

	@Autowired
	org.practica.directory.Organisations directory;

	static String selectionJson(Organisation organisation, int judgesPerCase) {
		return """
				{"organisationId":"%s","title":"一站式学生社区优秀案例","units":["PARTY_BUILDING","ALL_ROUND_EDUCATION","SAFE_COMMUNITY","SMART_SERVICE"],
				 "criteria":%s,"judgesPerCase":%d,"submissionsClose":"2026-11-20T00:00:00+08:00"}"""
			.formatted(organisation.getId(), CRITERIA, judgesPerCase);
	}

	static String caseJson(Organisation organisation, String unit, String title, String body) {
		return """
				{"unit":"%s","title":"%s","summary":"摘要：%s","body":"%s","organisationId":"%s"}""".formatted(unit, title,
				title, body, organisation.getId());
	}

	private String open(String token, Organisation organisation, int judgesPerCase) throws Exception {
		return read(postAs(token, selectionJson(organisation, judgesPerCase), "/api/v1/selections")
			.andExpect(status().isCreated()), "$.id");
	}

	private String submit(String token, String selection, Organisation organisation, String unit, String title,
			String body) throws Exception {
		return read(postAs(token, caseJson(organisation, unit, title, body), "/api/v1/selections/{id}/cases", selection)
			.andExpect(status().isCreated()), "$.id");
	}

	private void invite(String token, String selection, Account judge) throws Exception {
		postAs(token, "{\"userId\":\"" + judge.getId() + "\"}", "/api/v1/selections/{id}/judges", selection)
			.andExpect(status().isCreated());
	}

	private ResultActions score(String token, String caseId, int impact, int novelty) throws Exception {
		return putAs(token, """
				{"scores":{"impact":%d,"novelty":%d},"comment":"评语"}""".formatted(impact, novelty),
				"/api/v1/cases/{id}/scores", caseId);
	}

	@Test
	void anOpenedSelectionNamesEveryBadFieldAndOnlyItsOrganisationsAdminsOpenIt() throws Exception {
		World world = world();
		String admin = token(world.universityAdmin());
		postAs(admin,
				"""
						{"organisationId":"%s","title":"","units":["PARTY_BUILDING","NOPE"],
						 "criteria":[{"code":"impact","name":"成效","weight":0,"max":10}],"judgesPerCase":0}"""
					.formatted(world.university().getId()),
				"/api/v1/selections")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "units[1]",
					"criteria[0].weight", "judgesPerCase", "submissionsClose")));
		postAs(token(world.collegeAdmin()), selectionJson(world.university(), 3), "/api/v1/selections")
			.andExpect(status().isForbidden());
		postAs(admin, selectionJson(world.university(), 3), "/api/v1/selections").andExpect(status().isCreated())
			.andExpect(jsonPath("$.units.length()").value(4))
			.andExpect(jsonPath("$.criteria[0].code").value("impact"))
			.andExpect(jsonPath("$.maxTotal").value(10.0));
	}

	@Test
	void fromSubmissionToScoresCloseAndTheLibrary() throws Exception {
		World organiser = world();
		World a = world();
		World b = world();
		World intruder = world();
		String admin = token(organiser.universityAdmin());
		String selection = open(admin, organiser.university(), 2);
		String marker = unique("Q");
		String caseA = submit(token(a.collegeAdmin()), selection, a.college(), "PARTY_BUILDING", "党建引领学生社区" + marker,
				"学生党员进社区开展党建活动 volunteers " + marker);
		String caseB = submit(token(b.districtAdmin()), selection, b.community(), "SAFE_COMMUNITY", "平安社区守护" + marker,
				"社区安全教育");
		// a unit the selection does not have, and a bad body
		postAs(token(a.collegeAdmin()), caseJson(a.college(), "NOPE", "x", ""), "/api/v1/selections/{id}/cases",
				selection)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("unit", "body")));

		// attachments: a PDF, a photo stored without its metadata, and not a text file
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
		upload(token(a.collegeAdmin()), caseA, new MockMultipartFile("file", "方案.pdf", "application/pdf", pdf))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"));
		String photo = read(upload(token(a.collegeAdmin()), caseA,
				new MockMultipartFile("file", "photo.jpg", "image/jpeg", TestPhotos.phoneJpeg(6)))
			.andExpect(status().isCreated()), "$.href");
		byte[] stored = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(photo)
				.header("Authorization", "Bearer " + token(a.collegeAdmin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TestPhotos.identifyingMetadata(stored)).isEmpty();
		upload(token(a.collegeAdmin()), caseA,
				new MockMultipartFile("file", "x.pdf", "application/pdf", "just text".getBytes()))
			.andExpect(status().isUnprocessableContent());

		// judges: one from each case's tree and two from the organiser's; one declares a
		// conflict
		Account judgeA = user(Role.STUDENT, a.college());
		Account judgeB = user(Role.STUDENT, b.college());
		Account judgeO1 = user(Role.STUDENT, organiser.college());
		Account judgeO2 = user(Role.STUDENT, organiser.college());
		for (Account judge : List.of(judgeA, judgeB, judgeO1, judgeO2)) {
			invite(admin, selection, judge);
		}
		postAs(token(judgeO1), "{\"organisationId\":\"" + a.university().getId() + "\"}",
				"/api/v1/selections/{id}/conflicts", selection)
			.andExpect(status().isCreated());
		postAs(token(a.student()), "{\"organisationId\":\"" + a.university().getId() + "\"}",
				"/api/v1/selections/{id}/conflicts", selection)
			.andExpect(status().isForbidden());

		// assignment waits for the deadline; submissions after it are refused
		postAs(admin, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isConflict());
		this.clock.advance(Duration.ofDays(10));
		admin = token(organiser.universityAdmin());
		postAs(token(a.collegeAdmin()), caseJson(a.college(), "PARTY_BUILDING", "迟到", "正文"),
				"/api/v1/selections/{id}/cases", selection)
			.andExpect(status().isConflict());
		String assigned = postAs(admin, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> judgesOfA = JsonPath.read(assigned, "$.assignments[?(@.caseId=='" + caseA + "')].judgeIds[*]");
		List<String> judgesOfB = JsonPath.read(assigned, "$.assignments[?(@.caseId=='" + caseB + "')].judgeIds[*]");
		assertThat(judgesOfA).containsExactlyInAnyOrder(judgeB.getId().toString(), judgeO2.getId().toString());
		assertThat(judgesOfB).containsExactlyInAnyOrder(judgeA.getId().toString(), judgeO1.getId().toString());

		// a judge sees only assigned cases, and others' scores only after saving their
		// own
		getAs(token(judgeA), "/api/v1/cases/{id}", caseA).andExpect(status().isNotFound());
		getAs(token(judgeA), "/api/v1/cases/{id}/scores", caseA).andExpect(status().isNotFound());
		score(token(judgeA), caseA, 5, 5).andExpect(status().isNotFound());
		getAs(token(judgeB), "/api/v1/cases/{id}", caseA).andExpect(status().isOk());
		getAs(token(judgeB), "/api/v1/selections/{id}/cases", selection).andExpect(jsonPath("$.total").value(1));
		score(token(judgeO2), caseA, 9, 9).andExpect(status().isOk());
		getAs(token(judgeB), "/api/v1/cases/{id}/scores", caseA).andExpect(status().isForbidden());
		putAs(token(judgeB), "{\"scores\":{\"impact\":11,\"novelty\":3}}", "/api/v1/cases/{id}/scores", caseA)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.impact"));
		putAs(token(judgeB), "{\"scores\":{\"impact\":4}}", "/api/v1/cases/{id}/scores", caseA)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.novelty"));
		score(token(judgeB), caseA, 8, 6).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(7.2));
		getAs(token(judgeB), "/api/v1/cases/{id}/scores", caseA).andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.length()").value(2))
			.andExpect(jsonPath("$.scores[?(@.mine==false)].judgeId")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		getAs(admin, "/api/v1/cases/{id}/scores", caseA).andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.length()").value(2));
		getAs(token(a.collegeAdmin()), "/api/v1/cases/{id}/scores", caseA).andExpect(status().isForbidden());
		score(token(judgeA), caseB, 6, 6).andExpect(status().isOk());
		score(token(judgeO1), caseB, 7, 7).andExpect(status().isOk());

		// nobody else reaches any of it
		String other = token(intruder.universityAdmin());
		getAs(other, "/api/v1/cases/{id}", caseA).andExpect(status().isNotFound());
		getAs(other, "/api/v1/cases/{id}/scores", caseA).andExpect(status().isNotFound());
		score(other, caseA, 1, 1).andExpect(status().isNotFound());
		upload(other, caseA, new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(photo)
				.header("Authorization", "Bearer " + other))
			.andExpect(status().isNotFound());
		postAs(other, "{\"userId\":\"" + intruder.student().getId() + "\"}", "/api/v1/selections/{id}/judges",
				selection)
			.andExpect(status().isForbidden());
		postAs(other, "{\"organisationId\":\"" + a.college().getId() + "\"}", "/api/v1/selections/{id}/conflicts",
				selection)
			.andExpect(status().isForbidden());
		postAs(other, caseJson(a.college(), "PARTY_BUILDING", "冒名", "正文"), "/api/v1/selections/{id}/cases", selection)
			.andExpect(status().isForbidden());
		postAs(other, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isForbidden());
		getAs(other, "/api/v1/selections/{id}/assignments", selection).andExpect(status().isForbidden());
		postAs(other, null, "/api/v1/selections/{id}/close", selection).andExpect(status().isForbidden());
		getAs(other, "/api/v1/selections/{id}/rankings", selection).andExpect(status().isForbidden());
		postAs(other, "{\"caseIds\":[\"" + caseA + "\"]}", "/api/v1/selections/{id}/publish", selection)
			.andExpect(status().isForbidden());
		getAs(other, "/api/v1/selections/{id}/cases", selection).andExpect(jsonPath("$.total").value(0));

		// close: ranked per unit, frozen
		getAs(admin, "/api/v1/selections/{id}/rankings", selection).andExpect(status().isConflict());
		postAs(admin, "{\"caseIds\":[\"" + caseA + "\"]}", "/api/v1/selections/{id}/publish", selection)
			.andExpect(status().isConflict());
		postAs(admin, null, "/api/v1/selections/{id}/close", selection).andExpect(status().isOk())
			.andExpect(jsonPath("$.rankings.PARTY_BUILDING[0].caseId").value(caseA))
			.andExpect(jsonPath("$.rankings.PARTY_BUILDING[0].rank").value(1))
			.andExpect(jsonPath("$.rankings.PARTY_BUILDING[0].raw").value(8.1))
			.andExpect(jsonPath("$.rankings.PARTY_BUILDING[0].spread").value(1.8))
			.andExpect(jsonPath("$.rankings.SAFE_COMMUNITY[0].caseId").value(caseB))
			// every judge scored fewer than five cases: all left raw and flagged
			.andExpect(jsonPath("$.judges[?(@.flagged==true)].userId").value(org.hamcrest.Matchers.hasSize(4)))
			.andExpect(jsonPath("$.rankings.PARTY_BUILDING[0].flaggedJudge").value(true));
		postAs(admin, null, "/api/v1/selections/{id}/close", selection).andExpect(status().isConflict());
		score(token(judgeB), caseA, 1, 1).andExpect(status().isConflict());
		Selections.Results again = this.selections.compute(this.selections.get(Long.valueOf(selection)));
		assertThat(again.ranks()).containsEntry(Long.valueOf(caseA), 1).containsEntry(Long.valueOf(caseB), 1);

		// publish: the case is public and in the library
		getAs(null, "/api/v1/cases/{id}", caseA).andExpect(status().isNotFound());
		postAs(admin, "{\"caseIds\":[\"" + caseA + "\",\"999999999\"]}", "/api/v1/selections/{id}/publish", selection)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseIds"));
		postAs(admin, "{\"caseIds\":[\"" + caseA + "\"]}", "/api/v1/selections/{id}/publish", selection)
			.andExpect(status().isOk());
		eventsHandled();
		getAs(null, "/api/v1/cases/{id}", caseA).andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments.length()").value(2));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(photo))
			.andExpect(status().isOk());
		getAs(null, "/api/v1/cases/{id}", caseB).andExpect(status().isNotFound());
		getAs(null, "/api/v1/cases?q=党建&organisationId=" + a.college().getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(caseA))
			.andExpect(jsonPath("$.items[0].titleHtml").value(org.hamcrest.Matchers.startsWith("<mark>党建</mark>")))
			.andExpect(jsonPath("$.facets.unit[0].value").value("PARTY_BUILDING"))
			.andExpect(jsonPath("$.facets.unit[0].count").value(1));
		getAs(null, "/api/v1/cases?q=" + marker).andExpect(jsonPath("$.total").value(1));
		getAs(null, "/api/v1/cases?q=平安社区" + marker).andExpect(jsonPath("$.total").value(0));
		getAs(null, "/api/v1/cases?q=volunteers&organisationId=" + a.college().getId())
			.andExpect(jsonPath("$.items[0].id").value(caseA))
			.andExpect(jsonPath("$.items[0].snippetHtml")
				.value(org.hamcrest.Matchers.containsString("<mark>volunteers</mark>")));
		getAs(null, "/api/v1/cases?unit=NOPE").andExpect(status().isBadRequest());
	}

	/**
	 * 100 cases from 10 universities, 20 judges (two from each), 3 per case: no judge
	 * from the case's university, none in declared conflict, loads within one, 3 distinct
	 * judges on every case.
	 */
	@Test
	void assignsAHundredCasesToTwentyJudgesOfTenUniversities() throws Exception {
		World organiser = world();
		String admin = token(organiser.universityAdmin());
		String selection = open(admin, organiser.university(), 3);
		List<Organisation> colleges = new ArrayList<>();
		Map<String, Long> caseRoot = new HashMap<>();
		Map<String, Long> judgeRoot = new HashMap<>();
		List<Account> judges = new ArrayList<>();
		for (int u = 0; u < 10; u++) {
			Organisation university = org("U", OrganisationKind.UNIVERSITY, null, null, null);
			Organisation college = org("C", OrganisationKind.COLLEGE, university, null, null);
			colleges.add(college);
			String uAdmin = token(user(Role.UNIVERSITY_ADMIN, university));
			for (int c = 0; c < 10; c++) {
				String id = submit(uAdmin, selection, college, Unit.values()[c % 4].name(), "案例" + u + "-" + c, "正文");
				caseRoot.put(id, university.getId());
			}
			for (int j = 0; j < 2; j++) {
				Account judge = user(Role.STUDENT, college);
				judges.add(judge);
				judgeRoot.put(judge.getId().toString(), university.getId());
				invite(admin, selection, judge);
			}
		}
		// the first judge declares a conflict with the third university's college
		postAs(token(judges.get(0)), "{\"organisationId\":\"" + colleges.get(2).getId() + "\"}",
				"/api/v1/selections/{id}/conflicts", selection)
			.andExpect(status().isCreated());
		this.clock.advance(Duration.ofDays(10));
		admin = token(organiser.universityAdmin());
		String body = postAs(admin, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> assignments = JsonPath.read(body, "$.assignments");
		assertThat(assignments).hasSize(100);
		Map<String, Integer> loads = new HashMap<>();
		int conflicts = 0;
		Long conflicted = colleges.get(2).getParentId();
		for (Map<String, Object> a : assignments) {
			@SuppressWarnings("unchecked")
			List<String> judgeIds = (List<String>) a.get("judgeIds");
			String caseId = (String) a.get("caseId");
			assertThat(judgeIds).hasSize(3);
			assertThat(new HashSet<>(judgeIds)).hasSize(3);
			for (String j : judgeIds) {
				loads.merge(j, 1, Integer::sum);
				if (judgeRoot.get(j).equals(caseRoot.get(caseId))
						|| (j.equals(judges.get(0).getId().toString()) && caseRoot.get(caseId).equals(conflicted))) {
					conflicts++;
				}
			}
		}
		assertThat(conflicts).isZero();
		assertThat(loads).hasSize(20);
		assertThat(loads.values()).allMatch(l -> l == 15);
	}

	@Test
	void anAssignmentThatCannotHoldIsRefusedWithAReason() throws Exception {
		World organiser = world();
		String admin = token(organiser.universityAdmin());
		String selection = open(admin, organiser.university(), 2);
		submit(admin, selection, organiser.college(), "SMART_SERVICE", "智慧服务", "正文");
		// both judges come from the case's own university
		invite(admin, selection, user(Role.STUDENT, organiser.college()));
		invite(admin, selection, organiser.teamLeader());
		// the admin ends submissions early, which nobody else may
		postAs(token(user(Role.UNIVERSITY_ADMIN, world().university())), null,
				"/api/v1/selections/{id}/end-submissions", selection)
			.andExpect(status().isForbidden());
		postAs(admin, null, "/api/v1/selections/{id}/end-submissions", selection).andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptsSubmissions").value(false));
		postAs(admin, caseJson(organiser.college(), "SMART_SERVICE", "迟到", "正文"), "/api/v1/selections/{id}/cases",
				selection)
			.andExpect(status().isConflict());
		postAs(admin, null, "/api/v1/selections/{id}/assign", selection).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1")));
	}

	private ResultActions upload(String token, String caseId, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId).file(file)
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en"));
	}

}
