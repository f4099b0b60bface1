package org.practica.record;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A correction request's life: asked by the entry's student, answered by the project's
 * community through the ledger, or raised above it when the deadline passes (on the test
 * clock); the student told at each step.
 */
class CorrectionTests extends RecordTestSupport {

	@Autowired
	Corrections corrections;

	@Test
	void theCommunityCorrectsTheEntryAndBothStayVisible() throws Exception {
		World world = world();
		Served served = verified(world);
		String student = token(served.student());
		String community = token(world.communityAdmin());
		String request = read(postAs(student, "{\"reason\":\"签退晚了，实际服务2.5小时\",\"hours\":2.5}",
				"/api/v1/hours/{id}/correction-requests", served.entry())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.currentHours").value(1.5))
			.andExpect(jsonPath("$.dueOn").value("2026-11-18")), "$.id");
		postAs(student, "{\"reason\":\"again\",\"hours\":3}", "/api/v1/hours/{id}/correction-requests", served.entry())
			.andExpect(status().isConflict());
		// another student, and another community's admin, are told it does not exist
		Account stranger = user(Role.STUDENT, world.college());
		postAs(token(stranger), "{\"reason\":\"x\",\"hours\":3}", "/api/v1/hours/{id}/correction-requests",
				served.entry())
			.andExpect(status().isNotFound());
		World elsewhere = world();
		postAs(token(elsewhere.communityAdmin()), "{\"decision\":\"CORRECTED\",\"hours\":9}",
				"/api/v1/correction-requests/{id}/decision", request)
			.andExpect(status().isNotFound());
		getAs(token(elsewhere.collegeAdmin()), "/api/v1/correction-requests/{id}", request)
			.andExpect(status().isNotFound());
		// a missing-entry answer does not fit an entry's request
		postAs(community, "{\"decision\":\"BACKFILLED\",\"hours\":2.5}", "/api/v1/correction-requests/{id}/decision",
				request)
			.andExpect(status().isConflict());
		String result = read(postAs(community, "{\"decision\":\"CORRECTED\",\"hours\":2.5}",
				"/api/v1/correction-requests/{id}/decision", request)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.decision").value("CORRECTED")), "$.resultEntryId");
		getAs(student, "/api/v1/hours/{id}", served.entry()).andExpect(jsonPath("$.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.hours").value(1.5));
		getAs(student, "/api/v1/hours/{id}", result).andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.source").value("CORRECTION"))
			.andExpect(jsonPath("$.hours").value(2.5));
		getAs(student, "/api/v1/me/record").andExpect(jsonPath("$.totalHours").value(2.5))
			.andExpect(jsonPath("$.service[0].hours").value(2.5));
		postAs(community, "{\"decision\":\"REFUSED\",\"reason\":\"late\"}", "/api/v1/correction-requests/{id}/decision",
				request)
			.andExpect(status().isConflict());
		eventsHandled();
		assertThat(notices(served.student())).contains("record.notice.requested", "record.notice.answered.CORRECTED");
		assertThat(notices(world.communityAdmin())).contains("record.notice.to-answer");
	}

	@Test
	void anUnansweredRequestIsRaisedAboveTheCommunityAfterTheDeadline() throws Exception {
		World world = world();
		Served served = verified(world);
		String student = token(served.student());
		String request = read(postAs(student, "{\"reason\":\"少记了半小时\",\"hours\":2}",
				"/api/v1/hours/{id}/correction-requests", served.entry())
			.andExpect(status().isCreated()), "$.id");
		this.clock.advance(Duration.ofDays(7));
		this.corrections.escalateOverdue();
		student = token(served.student());
		getAs(student, "/api/v1/correction-requests/{id}", request).andExpect(jsonPath("$.status").value("OPEN"));
		this.clock.advance(Duration.ofDays(1));
		this.corrections.escalateOverdue();
		student = token(served.student());
		getAs(student, "/api/v1/correction-requests/{id}", request).andExpect(jsonPath("$.status").value("ESCALATED"))
			.andExpect(jsonPath("$.escalatedAt").isNotEmpty());
		this.corrections.escalateOverdue();
		eventsHandled();
		assertThat(notices(served.student())).contains("record.notice.escalated");
		// the street has no admin: the district's is told, and answers
		assertThat(notices(world.districtAdmin())).containsOnlyOnce("record.notice.escalated-to-you");
		String district = token(world.districtAdmin());
		postAs(district, "{\"decision\":\"REFUSED\"}", "/api/v1/correction-requests/{id}/decision", request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(district, "{\"decision\":\"REFUSED\",\"reason\":\"签到记录无误\"}",
				"/api/v1/correction-requests/{id}/decision", request)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("REFUSED"));
		getAs(student, "/api/v1/hours/{id}", served.entry()).andExpect(jsonPath("$.status").value("VERIFIED"));
		eventsHandled();
		assertThat(notices(served.student())).contains("record.notice.answered.REFUSED");
	}

	@Test
	void missingHoursAreBackFilledForTheUniversityToApprove() throws Exception {
		World world = world();
		Served served = verified(world);
		String student = token(served.student());
		String request = read(postAs(student,
				"{\"projectId\":\"" + served.project()
						+ "\",\"date\":\"2026-11-10\",\"hours\":2,\"reason\":\"前一天的活动漏记\"}",
				"/api/v1/correction-requests")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entryId").doesNotExist()), "$.id");
		String entry = read(
				postAs(token(world.communityAdmin()), "{\"decision\":\"BACKFILLED\"}",
						"/api/v1/correction-requests/{id}/decision", request)
					.andExpect(status().isOk()),
				"$.resultEntryId");
		getAs(student, "/api/v1/hours/{id}", entry).andExpect(jsonPath("$.source").value("BACKFILL"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.hours").value(2));
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"));
		getAs(student, "/api/v1/me/record").andExpect(jsonPath("$.totalHours").value(3.5));
	}

	@Test
	void badRequestsAreRefusedNamingTheField() throws Exception {
		World world = world();
		Served served = verified(world);
		String student = token(served.student());
		postAs(student, "{\"hours\":2}", "/api/v1/hours/{id}/correction-requests", served.entry())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(student, "{\"reason\":\"x\",\"hours\":25}", "/api/v1/hours/{id}/correction-requests", served.entry())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours"));
		postAs(student,
				"{\"projectId\":\"" + served.project() + "\",\"date\":\"2030-01-01\",\"hours\":1,\"reason\":\"x\"}",
				"/api/v1/correction-requests")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		getAs(student, "/api/v1/me/correction-requests").andExpect(jsonPath("$.total").value(0));
	}

}
