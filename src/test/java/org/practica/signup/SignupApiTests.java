package org.practica.signup;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignupApiTests extends ApiTestSupport {

	@Test
	void theProjectsAdminsAddShiftsThatListSeatsLeft() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		postAs(leader, """
				{"title":"周六上午","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00",
				 "capacity":2,"address":"清泉山社区活动中心","latitude":26.90,"longitude":112.63}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isCreated())
			.andExpect(jsonPath("$.capacity").value(2))
			.andExpect(jsonPath("$.confirmed").value(0))
			.andExpect(jsonPath("$.waitlisted").value(0))
			.andExpect(jsonPath("$.startsAt").value("2030-06-01T09:00:00+08:00"));
		postAs(leader, """
				{"title":"倒序","startsAt":"2030-06-01T12:00:00+08:00","endsAt":"2030-06-01T09:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"));
		postAs(leader, """
				{"title":"过去","startsAt":"2020-06-01T09:00:00+08:00","endsAt":"2020-06-01T12:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("This time is already over: a shift must end in the future."));
		postAs(token(world.student()), """
				{"title":"学生","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isNotFound());
		getAs(token(world.communityAdmin()), "/api/v1/projects/{id}/shifts", project).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].seatsLeft").value(2));
	}

	@Test
	void signUpsFillTheSeatsThenTheWaitlistAndACancellationPromotesTheFirstWaiting() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String shift = shift(leader, project, 48, 1);
		Account first = member(world);
		Account second = member(world);
		Account third = member(world);
		String firstSignup = read(
				postAs(token(first), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("CONFIRMED")),
				"$.id");
		postAs(token(second), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"));
		postAs(token(third), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"));
		postAs(token(first), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isConflict());
		getAs(leader, "/api/v1/shifts/{id}", shift).andExpect(jsonPath("$.confirmed").value(1))
			.andExpect(jsonPath("$.waitlisted").value(2));

		deleteAs(token(second), "/api/v1/signups/{id}", firstSignup).andExpect(status().isForbidden());
		deleteAs(token(first), "/api/v1/signups/{id}", firstSignup).andExpect(status().isNoContent());
		getAs(token(second), "/api/v1/me/signups").andExpect(jsonPath("$.items[0].status").value("CONFIRMED"));
		getAs(token(third), "/api/v1/me/signups").andExpect(jsonPath("$.items[0].status").value("WAITLISTED"));
		getAs(leader, "/api/v1/shifts/{id}/signups", shift).andExpect(jsonPath("$.items[0].status").value("CANCELLED"))
			.andExpect(jsonPath("$.items[1].status").value("CONFIRMED"))
			.andExpect(jsonPath("$.items[2].status").value("WAITLISTED"))
			.andExpect(jsonPath("$.total").value(3));
		// a list comes in pages like every list of the API
		getAs(leader, "/api/v1/shifts/{id}/signups?page=1&size=2", shift).andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].status").value("WAITLISTED"));
		getAs(leader, "/api/v1/shifts/{id}/signups?page=5", shift).andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(0));
		deleteAs(token(first), "/api/v1/signups/{id}", firstSignup).andExpect(status().isConflict());
		getAs(token(first), "/api/v1/shifts/{id}/signups", shift).andExpect(status().isForbidden());
	}

	@Test
	void aStudentNeverHoldsTwoOverlappingShifts() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String morning = shift(leader, project, 48, 5);
		String overlapping = shift(leader, project, 49, 5);
		String later = shift(leader, project, 50, 5);
		Account student = member(world);
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", morning).andExpect(status().isCreated());
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", overlapping).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You already hold a shift at that time."));
		postAs(token(student), null, "/api/v1/shifts/{id}/signups", later).andExpect(status().isCreated());
	}

	@Test
	void cancellingIsRefusedWithinTheCutOffBeforeTheStart() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 1, 5);
		Account student = member(world);
		String signup = read(postAs(token(student), null, "/api/v1/shifts/{id}/signups", shift), "$.id");
		deleteAs(token(student), "/api/v1/signups/{id}", signup).andExpect(status().isConflict());
		deleteAs(token(world.teamLeader()), "/api/v1/signups/{id}", signup).andExpect(status().isNoContent());
	}

	@Test
	void aWaitlistedStudentLeavesTheWaitlistWithinTheCutOffAndAfterTheStart() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 1, 1);
		Account confirmed = member(world);
		Account waiting = member(world);
		Account later = member(world);
		String place = read(postAs(token(confirmed), null, "/api/v1/shifts/{id}/signups", shift), "$.id");
		String queued = read(postAs(token(waiting), null, "/api/v1/shifts/{id}/signups", shift)
			.andExpect(jsonPath("$.status").value("WAITLISTED")), "$.id");
		String queuedLater = read(postAs(token(later), null, "/api/v1/shifts/{id}/signups", shift), "$.id");
		// an hour before the start, within the two-hour cut-off
		deleteAs(token(confirmed), "/api/v1/signups/{id}", place).andExpect(status().isConflict());
		deleteAs(token(waiting), "/api/v1/signups/{id}", queued).andExpect(status().isNoContent());
		this.clock.advance(java.time.Duration.ofMinutes(90));
		deleteAs(token(later), "/api/v1/signups/{id}", queuedLater).andExpect(status().isNoContent());
		getAs(token(world.teamLeader()), "/api/v1/shifts/{id}", shift).andExpect(jsonPath("$.confirmed").value(1))
			.andExpect(jsonPath("$.waitlisted").value(0));
	}

	@Test
	void aShiftOutsideItsProjectsDatesIsRefusedNamingTheDates() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String need = read(postAs(community, needJson(world.community(), "五月需求", "PUBLICITY", "", 5), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String project = read(postAs(community, "{\"needId\":\"" + need + "\"}", "/api/v1/projects"), "$.id");
		postAs(community, """
				{"title":"六月","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The project runs from 2030-05-01 to 2030-05-31: a shift must lie within these dates."));
		postAs(community, """
				{"title":"跨月","startsAt":"2030-05-31T22:00:00+08:00","endsAt":"2030-06-01T01:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"));
		// the last day in the platform's zone is still in: 23:00 in Shanghai is 15:00 UTC
		postAs(community, """
				{"title":"最后一天","startsAt":"2030-05-31T13:00:00Z","endsAt":"2030-05-31T15:00:00Z","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isCreated());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/projects/{id}/shifts", project)
				.header("Authorization", "Bearer " + community)
				.header("Accept-Language", "zh-CN")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(
						"""
								{"title":"六月","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
								"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("项目日期为 2030-05-01 至 2030-05-31，班次须在此期间内。"));
	}

	@Test
	void onlyTheTeamsMembersSignUpForATeamsProjectAndOtherTenantsSeeNothing() throws Exception {
		World world = world();
		World other = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 48, 5);
		postAs(token(world.student()), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isNotFound());
		postAs(token(other.student()), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isNotFound());
		postAs(token(world.teamLeader()), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isForbidden());
		getAs(token(other.communityAdmin()), "/api/v1/shifts/{id}", shift).andExpect(status().isNotFound());
		getAs(token(other.teamLeader()), "/api/v1/shifts/{id}/signups", shift).andExpect(status().isNotFound());
		getAs(token(other.teamLeader()), "/api/v1/projects/{id}/shifts", project).andExpect(status().isNotFound());
		postAs(token(other.communityAdmin()), """
				{"title":"x","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isNotFound());
	}

	private Account member(World world) throws Exception {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

}
