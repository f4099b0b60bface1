package org.practica.award;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;
import org.practica.notice.Notice;
import org.practica.notice.Notices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Award calls through the API: eligibility read from the hours ledger at the boundary,
 * the nominations window and quota, the shortlist's public notice, finalising with an
 * undecided and then an upheld objection, and every endpoint refused to other tenants.
 */
class AwardApiTests extends ApiTestSupport {

	private static final AtomicInteger ADDRESS = new AtomicInteger();

	@Autowired
	private Notices notices;

	/**
	 * A student of the world's college with this many verified hours today, from the
	 * ledger.
	 */
	private Account volunteer(World world, String hours) throws Exception {
		Served served = served(world);
		String community = token(world.communityAdmin());
		String corrected = read(postAs(community, "{\"hours\":" + hours + ",\"reason\":\"核对签到记录\"}",
				"/api/v1/hours/{id}/corrections", served.entry())
			.andExpect(status().isCreated()), "$.id");
		postAs(community, null, "/api/v1/hours/{id}/verify", corrected).andExpect(status().isOk());
		return served.student();
	}

	private String call(World world, String extra) throws Exception {
		return read(postAs(token(world.universityAdmin()), """
				{"organisationId":"%s","year":2026,"category":"VOLUNTEER","title":"2026年度优秀志愿者",
				 "minVerifiedHours":20,"nominationsOpen":"2026-11-01","nominationsClose":"2026-11-30","noticeDays":5%s}
				""".formatted(world.university().getId(), extra), "/api/v1/award-calls")
			.andExpect(status().isCreated()), "$.id");
	}

	private ResultActions nominate(String token, String call, Account nominee) throws Exception {
		return postAs(token, "{\"nomineeId\":\"" + nominee.getId() + "\",\"statement\":\"长期坚持社区服务\"}",
				"/api/v1/award-calls/{id}/nominations", call);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.actingAs(account.getUsername()));
	}

	private ResultActions object(String noticeId, String subjectId) throws Exception {
		int n = ADDRESS.incrementAndGet();
		return this.mvc
			.perform(post("/api/v1/notices/{id}/objections", noticeId).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectId\":\"" + subjectId + "\",\"realName\":\"张三\",\"contact\":\"13800000000\","
						+ "\"reason\":\"时长存疑\"}")
				.with(r -> {
					r.setRemoteAddr("10.20." + (n / 250) + "." + (n % 250));
					return r;
				}));
	}

	@Test
	void nineteenAndAHalfVerifiedHoursAreNotEnoughAndTwentyAre() throws Exception {
		World world = world();
		String call = call(world, "");
		Account short_ = volunteer(world, "19.5");
		Account enough = volunteer(world, "20");
		String college = token(world.collegeAdmin());
		getAs(college, "/api/v1/award-calls/{id}/nominations/check?nomineeId={n}", call, short_.getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.verifiedHours").value(19.5))
			.andExpect(jsonPath("$.reasons[0].rule").value("hours"))
			.andExpect(jsonPath("$.reasons[0].holds").value(false))
			.andExpect(jsonPath("$.reasons[0].message").value("Verified hours in the year: 19.5 < 20 hours"))
			.andExpect(jsonPath("$.reasons[1].holds").value(true));
		nominate(college, call, short_).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nomineeId"))
			.andExpect(jsonPath("$.errors[0].message").value("Verified hours in the year: 19.5 < 20 hours"));
		nominate(college, call, enough).andExpect(status().isCreated())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.verifiedHours").value(20))
			.andExpect(jsonPath("$.reasons[0].message").value("20 ≥ 20 hours"))
			.andExpect(jsonPath("$.reasons[1].message").value("No disputed hours pending"))
			.andExpect(jsonPath("$.evidence[0].kind").value("HOURS"))
			.andExpect(jsonPath("$.evidence[0].detail").value("20"))
			.andExpect(jsonPath("$.evidence[1].kind").value("PROJECT"))
			.andExpect(jsonPath("$.evidence[1].detail").value(startsWith("项目需求")))
			.andExpect(jsonPath("$.nominatingOrganisationId").value(world.college().getId().toString()));
		getAs(token(world.universityAdmin()), "/api/v1/award-calls/{id}/nominations", call)
			.andExpect(jsonPath("$.items", hasSize(1)));
	}

	@Test
	void aVolunteersPublishedRatingsAreInTheEvidence() throws Exception {
		World world = world();
		String call = call(world, "");
		Served served = served(world);
		String community = token(world.communityAdmin());
		String corrected = read(postAs(community, "{\"hours\":20,\"reason\":\"核对签到记录\"}",
				"/api/v1/hours/{id}/corrections", served.entry())
			.andExpect(status().isCreated()), "$.id");
		postAs(community, null, "/api/v1/hours/{id}/verify", corrected).andExpect(status().isOk());
		postAs(community, null, "/api/v1/projects/{id}/complete", served.project()).andExpect(status().isOk());
		eventsHandled();
		String college = token(world.collegeAdmin());
		getAs(college, "/api/v1/award-calls/{id}/nominations/check?nomineeId={n}", call, served.student().getId())
			.andExpect(jsonPath("$.evidence[?(@.kind == 'RATINGS')]", hasSize(0)));

		postAs(community, """
				{"about":"STUDENT","studentId":"%s","scores":{"PREPARATION":4,"PUNCTUALITY":5,"SKILL":4,"ATTITUDE":3}}
				""".formatted(served.student().getId()), "/api/v1/projects/{id}/evaluations", served.project())
			.andExpect(status().isCreated());
		// blind until the student has rated the community too
		getAs(college, "/api/v1/award-calls/{id}/nominations/check?nomineeId={n}", call, served.student().getId())
			.andExpect(jsonPath("$.evidence[?(@.kind == 'RATINGS')]", hasSize(0)));
		postAs(token(served.student()), """
				{"about":"COMMUNITY","scores":{"CLARITY":5,"SUPPORT":5,"SAFETY":5,"RESPECT":5}}
				""", "/api/v1/projects/{id}/evaluations", served.project()).andExpect(status().isCreated());
		nominate(college, call, served.student()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidence[?(@.kind == 'RATINGS')].detail").value("4.00 / 5 × 1"));
	}

	@Test
	void disputedHoursPendingMakeAVolunteerIneligible() throws Exception {
		World world = world();
		String call = call(world, ",\"minVerifiedHours\":1");
		Served served = served(world);
		postAs(token(world.communityAdmin()), "{\"reason\":\"未见签到\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk());
		nominate(token(world.collegeAdmin()), call, served.student()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.message == 'Disputed hours pending: 1 entries')]").exists());
	}

	@Test
	void nominationsAreTakenInTheirWindowOncePerNomineeAndWithinTheQuota() throws Exception {
		World world = world();
		String call = call(world, ",\"quotaPerOrganisation\":1");
		Account first = volunteer(world, "20");
		Account second = volunteer(world, "21");
		String college = token(world.collegeAdmin());
		this.clock.advance(java.time.Duration.ofDays(20));
		nominate(token(world.collegeAdmin()), call, first).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Nominations are taken from 2026-11-01 to 2026-11-30."));
		this.clock.reset();
		nominate(college, call, first).andExpect(status().isCreated());
		nominate(college, call, first).andExpect(status().isConflict());
		nominate(college, call, second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(startsWith("The quota of 1 nominations for")));
	}

	@Test
	void everyEndpointIsRefusedOutsideTheCallsTree() throws Exception {
		World world = world();
		World other = world();
		String call = call(world, "");
		Account nominee = volunteer(world, "20");
		Account outsider = volunteer(other, "23");
		String stranger = token(other.universityAdmin());
		String strangerCollege = token(other.collegeAdmin());
		String university = token(world.universityAdmin());
		String college = token(world.collegeAdmin());
		postAs(stranger, """
				{"organisationId":"%s","year":2026,"category":"VOLUNTEER","title":"x","minVerifiedHours":1,
				 "nominationsOpen":"2026-11-01","nominationsClose":"2026-11-30","noticeDays":5}
				""".formatted(world.university().getId()), "/api/v1/award-calls").andExpect(status().isForbidden());
		postAs(college, """
				{"organisationId":"%s","year":2026,"category":"VOLUNTEER","title":"x","minVerifiedHours":1,
				 "nominationsOpen":"2026-11-01","nominationsClose":"2026-11-30","noticeDays":5}
				""".formatted(world.university().getId()), "/api/v1/award-calls").andExpect(status().isForbidden());
		getAs(stranger, "/api/v1/award-calls/{id}", call).andExpect(status().isNotFound());
		getAs(token(world.student()), "/api/v1/award-calls/{id}", call).andExpect(status().isNotFound());
		getAs(null, "/api/v1/award-calls/{id}", call).andExpect(status().isUnauthorized());
		getAs(stranger, "/api/v1/award-calls").andExpect(jsonPath("$.items[?(@.id == '" + call + "')]").isEmpty());
		getAs(stranger, "/api/v1/award-calls/{id}/nominations", call).andExpect(status().isNotFound());
		getAs(stranger, "/api/v1/award-calls/{id}/nominations/check?nomineeId={n}", call, nominee.getId())
			.andExpect(status().isNotFound());
		nominate(stranger, call, nominee).andExpect(status().isNotFound());
		nominate(strangerCollege, call, outsider).andExpect(status().isNotFound());
		// the call's own admin does not nominate to it; a college nominates only its own
		// students
		nominate(university, call, nominee).andExpect(status().isForbidden());
		nominate(college, call, outsider).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nomineeId"));
		String nomination = read(nominate(college, call, nominee).andExpect(status().isCreated()), "$.id");
		String shortlist = "{\"nominationIds\":[\"" + nomination + "\"]}";
		postAs(stranger, shortlist, "/api/v1/award-calls/{id}/shortlist", call).andExpect(status().isNotFound());
		postAs(college, shortlist, "/api/v1/award-calls/{id}/shortlist", call).andExpect(status().isForbidden());
		postAs(stranger, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isNotFound());
		postAs(college, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isForbidden());
		postAs(university, "{\"nominationIds\":[\"999999999\"]}", "/api/v1/award-calls/{id}/shortlist", call)
			.andExpect(status().isUnprocessableContent());
		postAs(university, shortlist, "/api/v1/award-calls/{id}/shortlist", call).andExpect(status().isOk());
		getAs(strangerCollege, "/api/v1/award-calls/{id}/nominations", call).andExpect(status().isNotFound());
	}

	@Test
	void anUndecidedObjectionHoldsTheFinalListAndAnUpheldOneTakesOnlyItsNomineeOff() throws Exception {
		World world = world();
		String call = call(world, "");
		String college = token(world.collegeAdmin());
		String university = token(world.universityAdmin());
		Account first = volunteer(world, "20");
		Account second = volunteer(world, "22");
		String a = read(nominate(college, call, first), "$.id");
		String b = read(nominate(college, call, second), "$.id");
		String c = read(nominate(college, call, volunteer(world, "23")), "$.id");
		postAs(university, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Put a shortlist on public notice first."));
		// Wednesday 11 Nov 10:00, 5 working days: Thu 12 to Wed 18, closing at midnight
		ResultActions shortlisted = postAs(university,
				"{\"nominationIds\":[\"" + a + "\",\"" + b + "\",\"" + c + "\"]}", "/api/v1/award-calls/{id}/shortlist",
				call)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opensAt").value("2026-11-11T10:00:00+08:00"))
			.andExpect(jsonPath("$.closesAt").value("2026-11-19T00:00:00+08:00"));
		String noticeId = read(shortlisted, "$.noticeId");
		this.mvc.perform(get("/api/v1/notices/{id}", noticeId).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.subjects", hasSize(3)))
			.andExpect(jsonPath("$.subjects[0].facts[?(@.key == 'award.fact.hours')].value").value("20"))
			.andExpect(jsonPath("$.subjects[0].facts[?(@.key == 'award.fact.category')].value")
				.value("Outstanding volunteer"));
		Notice notice = this.notices.get(Long.valueOf(noticeId));
		String subjectB = this.notices.view(notice).subjects().get(1).subject().getId().toString();
		String objection = read(object(noticeId, subjectB).andExpect(status().isCreated()), "$.id");
		postAs(university, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The public notice is still running."));
		this.clock.setTo(notice.getClosesAt());
		university = token(world.universityAdmin());
		college = token(world.collegeAdmin());
		object(noticeId, subjectB).andExpect(status().isConflict());
		postAs(university, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Objections to 1 nominees are still undecided."));
		postAs(university, "{\"upheld\":true,\"reason\":\"时长记录有误，已核实\"}", "/api/v1/objections/{id}/decision", objection)
			.andExpect(status().isOk());
		postAs(university, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isOk())
			.andExpect(jsonPath("$.awarded", hasSize(2)))
			.andExpect(jsonPath("$.awarded[0].id").value(a))
			.andExpect(jsonPath("$.awarded[1].id").value(c))
			.andExpect(jsonPath("$.awarded[1].awarded").value(true));
		postAs(university, null, "/api/v1/award-calls/{id}/finalise", call).andExpect(status().isOk())
			.andExpect(jsonPath("$.awarded", hasSize(2)));
		getAs(university, "/api/v1/award-calls/{id}", call).andExpect(jsonPath("$.finalisedAt").exists());
		// the awarded appear on the student's profile panel and the college's pages; the
		// held one does not
		this.mvc.perform(get("/awards/panel").param("studentId", first.getId().toString()).with(as(first)))
			.andExpect(content().string(containsString("2026年度优秀志愿者")));
		this.mvc.perform(get("/awards/panel").param("studentId", second.getId().toString()).with(as(second)))
			.andExpect(content().string(not(containsString("2026年度优秀志愿者"))));
		this.mvc
			.perform(get("/awards/panel").param("organisationId", world.college().getId().toString())
				.with(as(world.collegeAdmin())))
			.andExpect(content().string(containsString("2026年度优秀志愿者")));
		this.mvc.perform(get("/award-calls/{id}/awarded", call))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("awardee-" + a)))
			.andExpect(content().string(not(containsString("awardee-" + b))));
		nominate(college, call, volunteer(world, "20")).andExpect(status().isConflict());
	}

	@Test
	void aTeamAndAProjectAreCheckedByTheirOwnRules() throws Exception {
		World world = world();
		String university = token(world.universityAdmin());
		String teamCall = read(postAs(university, """
				{"organisationId":"%s","year":2026,"category":"ORGANISATION","title":"优秀团队","minActiveMonths":6,
				 "nominationsOpen":"2026-11-01","nominationsClose":"2026-11-30"}
				""".formatted(world.university().getId()), "/api/v1/award-calls").andExpect(status().isCreated())
			.andExpect(jsonPath("$.quotaPerOrganisation").value(3))
			.andExpect(jsonPath("$.noticeDays").value(5)), "$.id");
		postAs(token(world.collegeAdmin()), "{\"nomineeId\":\"" + world.team().getId() + "\"}",
				"/api/v1/award-calls/{id}/nominations", teamCall)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Active months: 0 < 6"));
		String projectCall = read(postAs(university, """
				{"organisationId":"%s","year":2026,"category":"PROJECT","title":"优秀项目",
				 "nominationsOpen":"2026-11-01","nominationsClose":"2026-11-30"}
				""".formatted(world.university().getId()), "/api/v1/award-calls"), "$.id");
		String project = project(world);
		String college = token(world.collegeAdmin());
		postAs(college, "{\"nomineeId\":\"" + project + "\"}", "/api/v1/award-calls/{id}/nominations", projectCall)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Not completed in 2026"));
		postAs(token(world.teamLeader()), null, "/api/v1/projects/{id}/complete", project).andExpect(status().isOk());
		postAs(college, "{\"nomineeId\":\"" + project + "\"}", "/api/v1/award-calls/{id}/nominations", projectCall)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reasons[0].message").value("Completed in 2026"));
	}

}
