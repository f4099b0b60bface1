package org.practica.attendance;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AttendanceApiTests extends ApiTestSupport {

	/** An instant to the second, with the app's offset, as every instant in the API. */
	static final org.hamcrest.Matcher<String> SECONDS = org.hamcrest.Matchers
		.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");

	@Test
	void aConfirmedStudentChecksInAndOutWithTheShownCodeAndGetsPendingHours() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 0, 1);
		Account student = member(world);
		Account waiting = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		postAs(token(waiting), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());

		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift).andExpect(status().isOk())
			.andExpect(jsonPath("$.expiresAt").value(SECONDS)), "$.code");
		getAs(token(student), "/api/v1/shifts/{id}/attendance-code", shift).andExpect(status().isForbidden());
		postAs(token(student), "{\"code\":\"WRONG1\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isUnprocessableContent());
		postAs(token(waiting), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isConflict());
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isConflict());
		postAs(token(student), "{\"code\":\"" + code.toLowerCase() + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkedInAt").value(SECONDS));
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isConflict());

		this.clock.advance(Duration.ofMinutes(100));
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isUnprocessableContent());
		String fresh = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		String entry = read(
				postAs(token(student), "{\"code\":\"" + fresh + "\"}", "/api/v1/shifts/{id}/check-out", shift)
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.hoursEntryId").exists())
					.andExpect(jsonPath("$.checkedInAt").value(SECONDS))
					.andExpect(jsonPath("$.checkedOutAt").value(SECONDS))
					.andExpect(jsonPath("$.hours").value(1.5)),
				"$.hoursEntryId");
		getAs(token(student), "/api/v1/me/hours").andExpect(jsonPath("$.items[0].id").value(entry))
			.andExpect(jsonPath("$.items[0].status").value("PENDING"))
			.andExpect(jsonPath("$.items[0].source").value("ATTENDANCE"))
			.andExpect(jsonPath("$.items[0].shiftId").value(shift));
	}

	@Test
	void checkInOpensHalfAnHourBeforeTheStartAndStudentsStillInAfterTheEndAreFlagged() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 2, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Check-in has not opened yet: it opens at 2026-11-11 11:30."));

		this.clock.advance(Duration.ofMinutes(95));
		code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isOk());
		getAs(leader, "/api/v1/shifts/{id}/attendance", shift).andExpect(jsonPath("$.items[0].flagged").value(false));

		this.clock.advance(Duration.ofHours(3));
		getAs(leader, "/api/v1/shifts/{id}/attendance", shift).andExpect(jsonPath("$.items[0].flagged").value(true))
			.andExpect(jsonPath("$.items[0].missedCheckOut").value(false));
		this.clock.advance(Duration.ofHours(2));
		code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isConflict());
		getAs(leader, "/api/v1/shifts/{id}/attendance", shift)
			.andExpect(jsonPath("$.items[0].missedCheckOut").value(true))
			.andExpect(jsonPath("$.items[0].attendance.hoursEntryId").doesNotExist());
		getAs(token(student), "/api/v1/me/hours").andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void aStudentAsksWhatACheckOutNowWouldRecordAndACheckOutOfZeroHoursIsStillRecorded() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String shift = shift(leader, project(world), 0, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		getAs(token(student), "/api/v1/shifts/{id}/check-out/preview", shift).andExpect(status().isConflict());
		String code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(20));
		getAs(token(student), "/api/v1/shifts/{id}/check-out/preview", shift).andExpect(status().isOk())
			.andExpect(jsonPath("$.hours").value(0))
			.andExpect(jsonPath("$.zeroHours").value(true));
		getAs(token(member(world)), "/api/v1/shifts/{id}/check-out/preview", shift).andExpect(status().isConflict());
		code = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", shift), "$.code");
		// the API's contract: every check-out records an entry, 0 hours included
		postAs(token(student), "{\"code\":\"" + code + "\"}", "/api/v1/shifts/{id}/check-out", shift)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hours").value(0));
	}

	@Test
	void aCodeBelongsToItsShiftAndOtherTenantsCannotSeeIt() throws Exception {
		World world = world();
		World other = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String shift = shift(leader, project, 0, 5);
		String another = shift(leader, project, 5, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift);
		String codeOfAnother = read(getAs(leader, "/api/v1/shifts/{id}/attendance-code", another), "$.code");
		postAs(token(student), "{\"code\":\"" + codeOfAnother + "\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isUnprocessableContent());
		getAs(token(other.teamLeader()), "/api/v1/shifts/{id}/attendance-code", shift).andExpect(status().isNotFound());
		getAs(token(other.communityAdmin()), "/api/v1/shifts/{id}/attendance", shift).andExpect(status().isNotFound());
		postAs(token(other.student()), "{\"code\":\"ABCDEF\"}", "/api/v1/shifts/{id}/check-in", shift)
			.andExpect(status().isNotFound());
	}

	private Account member(World world) throws Exception {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

}
