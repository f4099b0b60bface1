package org.practica.club;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration: the federation's window, founders and instructors, the review chain and
 * its history, the public notice, probation and activation.
 */
class ClubRegistrationTests extends ClubTestSupport {

	@Test
	void registrationIsRefusedWhileClosedAndOpensOnScheduleByTheClock() throws Exception {
		Federation f = federation();
		String json = applicationJson(f, unique("棋社"), ids(f.students().subList(1, 6)), ids(f.instructor()));
		String student = token(f.applicant());
		postAs(student, json, "/api/v1/clubs").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("does not take applications")));
		OffsetDateTime opens = OffsetDateTime.now(this.clock).plusDays(2).withNano(0);
		putAs(token(f.officer()), """
				{"opensAt":"%s","closesAt":"%s"}""".formatted(opens, opens.plusDays(10)),
				"/api/v1/federations/{id}/registration/NEW", f.university().getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false));
		postAs(student, json, "/api/v1/clubs").andExpect(status().isConflict());
		this.clock.advance(Duration.ofDays(2));
		student = token(f.applicant());
		postAs(student, json, "/api/v1/clubs").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.reviewStage").value("FEDERATION"));
		this.clock.advance(Duration.ofDays(10));
		student = token(f.applicant());
		postAs(student, applicationJson(f, unique("棋社"), ids(f.students().subList(1, 6)), ids(f.instructor())),
				"/api/v1/clubs")
			.andExpect(status().isConflict());
	}

	@Test
	void foundersWhoAreNotStudentsOfTheUniversityAreRefusedAndNamed() throws Exception {
		Federation f = federation();
		Federation other = federation();
		openRegistration(f);
		Account outsider = other.students().get(1);
		Account flagged = user(Role.STUDENT, f.college());
		this.accounts.recordStanding(admin(), flagged.getId(), 2028, true);
		String json = applicationJson(f, unique("剧社"),
				List.of(f.students().get(1).getId().toString(), f.students().get(2).getId().toString(),
						outsider.getId().toString(), f.instructor().getId().toString(), flagged.getId().toString()),
				ids(f.instructor()));
		postAs(token(f.applicant()), json, "/api/v1/clubs").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("founderIds[2]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(outsider.getId().toString())))
			.andExpect(jsonPath("$.errors[1].field").value("founderIds[3]"))
			.andExpect(jsonPath("$.errors[2].field").value("founderIds[4]"))
			.andExpect(jsonPath("$.errors[2].message").value(containsString(flagged.getDisplayName())));
		postAs(token(f.applicant()),
				applicationJson(f, unique("剧社"), ids(f.students().subList(1, 3)), ids(f.instructor())), "/api/v1/clubs")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("founderIds"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at least 5")));
		postAs(token(f.applicant()),
				applicationJson(f, unique("剧社"), ids(f.students().subList(1, 6)), ids(f.students().get(1))),
				"/api/v1/clubs")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("instructorIds[0]"));
		String noCharter = applicationJson(f, unique("剧社"), ids(f.students().subList(1, 6)), ids(f.instructor()))
			.replace("\"finances\":\"经费公开，专款专用\"", "\"finances\":\" \"");
		postAs(token(f.applicant()), noCharter, "/api/v1/clubs").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("charter.finances"));
		postAs(token(f.instructor()),
				applicationJson(f, unique("剧社"), ids(f.students().subList(1, 6)), ids(f.instructor())), "/api/v1/clubs")
			.andExpect(status().isForbidden());
	}

	@Test
	void theNameIsUniqueInTheUniversity() throws Exception {
		Federation f = federation();
		openRegistration(f);
		String name = unique("书法社");
		postAs(token(f.applicant()), applicationJson(f, name, ids(f.students().subList(1, 6)), ids(f.instructor())),
				"/api/v1/clubs")
			.andExpect(status().isCreated());
		postAs(token(f.students().get(1)),
				applicationJson(f, name, ids(f.students().subList(2, 6)).stream().toList().isEmpty() ? List.of()
						: List.of(f.students().get(0).getId().toString(), f.students().get(2).getId().toString(),
								f.students().get(3).getId().toString(), f.students().get(4).getId().toString()),
						ids(f.instructor())),
				"/api/v1/clubs")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void theReviewChainRunsFederationThenUniversityAndKeepsItsHistory() throws Exception {
		Federation f = federation();
		openRegistration(f);
		String club = apply(f);
		String officer = token(f.officer());
		String admin = token(f.universityAdmin());
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club).andExpect(status().isConflict());
		postAs(officer, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("instructor")));
		postAs(officer, "{\"decision\":\"RETURN\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		postAs(officer, "{\"decision\":\"RETURN\",\"comment\":\"请补充活动计划\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		String applicant = token(f.applicant());
		putAs(applicant, applicationJson(f, unique("读书会"), List.of(), List.of()), "/api/v1/clubs/{id}", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
		postAs(token(f.instructor()), "{\"accepted\":true}", "/api/v1/clubs/{id}/instructor-response", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		postAs(officer, "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.reviewStage").value("UNIVERSITY"));
		postAs(officer, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isConflict());
		postAs(applicant, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isForbidden());
		postAs(admin, "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOTICE"))
			.andExpect(jsonPath("$.noticeEndsAt").isNotEmpty());
		getAs(applicant, "/api/v1/clubs/{id}/reviews", club).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].decision").value("RETURN"))
			.andExpect(jsonPath("$[0].comment").value("请补充活动计划"))
			.andExpect(jsonPath("$[1].stage").value("FEDERATION"))
			.andExpect(jsonPath("$[2].stage").value("UNIVERSITY"))
			.andExpect(jsonPath("$[2].reviewerId").value(f.universityAdmin().getId().toString()));
		getAs(applicant, "/api/v1/clubs/{id}/versions", club).andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].state").value("RETURNED"))
			.andExpect(jsonPath("$[1].state").value("APPROVED"));
	}

	@Test
	void aRejectedApplicationFreesTheName() throws Exception {
		Federation f = federation();
		openRegistration(f);
		String club = apply(f);
		String name = read(getAs(token(f.officer()), "/api/v1/clubs/{id}", club), "$.name");
		postAs(token(f.officer()), "{\"decision\":\"REJECT\",\"comment\":\"与现有社团重复\"}", "/api/v1/clubs/{id}/review",
				club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		postAs(token(f.applicant()), applicationJson(f, name, ids(f.students().subList(1, 6)), ids(f.instructor())),
				"/api/v1/clubs")
			.andExpect(status().isCreated());
	}

	@Test
	void afterTheNoticeTheClubIsOnProbationWithoutPublicRecruitingThenActive() throws Exception {
		Federation f = federation();
		String club = approved(f);
		Account newcomer = user(Role.STUDENT, f.college());
		String joiner = token(newcomer);
		postAs(joiner, null, "/api/v1/clubs/{id}/members", club).andExpect(status().isConflict());
		String noticeId = read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeId");
		getAs(null, "/api/v1/notices/{id}", noticeId).andExpect(status().isOk());
		this.notices.endIfDue(Long.valueOf(noticeId));
		eventsHandled();
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.status").value("NOTICE"));
		passNotice(club);
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.status").value("PROBATION"));
		joiner = token(newcomer);
		postAs(joiner, null, "/api/v1/clubs/{id}/members", club).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("probation")));
		this.clock.advance(this.settings.probation());
		assertThat(this.jobs.moveOn()).isGreaterThanOrEqualTo(1);
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.status").value("ACTIVE"));
		joiner = token(newcomer);
		postAs(joiner, null, "/api/v1/clubs/{id}/members", club).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		postAs(joiner, null, "/api/v1/clubs/{id}/members", club).andExpect(status().isConflict());
	}

	@Test
	void whileAChangeWaitsForReviewTheApprovedVersionStaysPublic() throws Exception {
		Federation f = federation();
		String club = active(f);
		String approvedName = read(getAs(null, "/api/v1/clubs/{id}", club), "$.name");
		String newName = unique("新读书会");
		String president = token(f.applicant());
		postAs(token(f.students().get(1)), applicationJson(f, newName, List.of(), List.of()),
				"/api/v1/clubs/{id}/changes", club)
			.andExpect(status().isForbidden());
		postAs(president, applicationJson(f, newName, List.of(), List.of()), "/api/v1/clubs/{id}/changes", club)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("PENDING"));
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.name").value(approvedName))
			.andExpect(jsonPath("$.pendingChange").doesNotExist());
		getAs(token(f.officer()), "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.name").value(approvedName))
			.andExpect(jsonPath("$.pendingChange.name").value(newName));
		postAs(token(f.officer()), "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk());
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.name").value(approvedName));
		postAs(token(f.universityAdmin()), "{\"decision\":\"APPROVE\"}", "/api/v1/clubs/{id}/review", club)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.name").value(newName));
	}

	@Test
	void anUpheldObjectionDuringTheNoticeKeepsTheClubFromRegistering() throws Exception {
		Federation f = federation();
		String club = approved(f);
		String noticeId = read(getAs(null, "/api/v1/clubs/{id}", club), "$.noticeId");
		String subject = read(getAs(null, "/api/v1/notices/{id}", noticeId), "$.subjects[0].id");
		String objection = read(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/notices/{id}/objections", noticeId)
			.with(r -> {
				r.setRemoteAddr("10.13.0." + (System.nanoTime() % 200 + 1));
				return r;
			})
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"subjectId":"%s","realName":"王同学","contact":"13800000000","reason":"发起人名单不实"}
					""".formatted(subject))).andExpect(status().isCreated()), "$.id");
		postAs(token(f.universityAdmin()), "{\"upheld\":true,\"reason\":\"经核实，发起人名单不实\"}",
				"/api/v1/objections/{id}/decision", objection)
			.andExpect(status().isOk());
		passNotice(club);
		getAs(token(f.officer()), "/api/v1/clubs/{id}", club).andExpect(jsonPath("$.status").value("REJECTED"));
		getAs(null, "/api/v1/clubs/{id}", club).andExpect(status().isNotFound());
	}

}
