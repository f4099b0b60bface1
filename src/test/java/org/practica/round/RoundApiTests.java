package org.practica.round;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RoundApiTests extends ApiTestSupport {

	@Autowired
	Rounds rounds;

	@Autowired
	org.practica.notification.Notifications notifications;

	@Test
	void studentsRankWithinTheWindowAndTheAdminRunsTheRoundOnceAfterItCloses() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String first = shift(leader, project, 48, 1);
		String second = shift(leader, project, 52, 1);
		String third = shift(leader, project, 56, 1);
		String admin = token(world.universityAdmin());
		String round = read(
				postAs(admin, roundJson(world.university().getId(), 2, first, second, third), "/api/v1/matching-rounds")
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.id").isString())
					.andExpect(jsonPath("$.organisationId").value(world.university().getId().toString()))
					.andExpect(jsonPath("$.shiftIds[0]").value(first))
					.andExpect(jsonPath("$.maxChoices").value(2))
					.andExpect(jsonPath("$.opensAt").value(org.hamcrest.Matchers.endsWith("+08:00")))
					.andExpect(jsonPath("$.status").value("OPEN")),
				"$.id");

		Account student = member(world);
		String token = token(student);
		putAs(token, choices(first, second), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shiftIds[1]").value(second));
		putAs(token, choices(first, first), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shiftIds"))
			.andExpect(jsonPath("$.errors[0].message").value("A shift is chosen twice."));
		putAs(token, choices(first, second, third), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Choose at most 2 shifts."));
		String outside = shift(leader, project, 60, 1);
		putAs(token, choices(outside), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isUnprocessableContent());
		putAs(leader, choices(first), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isForbidden());
		getAs(token, "/api/v1/matching-rounds/{id}/my-result", round).andExpect(jsonPath("$.reason").value("NOT_RUN"))
			.andExpect(jsonPath("$.message").value("The round has not run yet."));

		postAs(admin, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The round can run only after its window closes."));
		this.clock.advance(Duration.ofHours(2));
		putAs(token, choices(second), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isConflict());
		postAs(token, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isForbidden());
		postAs(admin, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isOk())
			.andExpect(jsonPath("$.assigned").value(1))
			.andExpect(jsonPath("$.unassigned").value(0))
			.andExpect(jsonPath("$.seats").value(3));
		postAs(admin, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The round has already run."));

		getAs(token, "/api/v1/matching-rounds/{id}/my-result", round).andExpect(status().isOk())
			.andExpect(jsonPath("$.shiftId").value(first))
			.andExpect(jsonPath("$.choice").value(1))
			.andExpect(jsonPath("$.reason").value("ASSIGNED"))
			.andExpect(jsonPath("$.message")
				.value("You are assigned to your choice 1; your place on the shift is confirmed."));
		getAs(admin, "/api/v1/matching-rounds/{id}/result", round).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].studentId").value(student.getId().toString()))
			.andExpect(jsonPath("$.items[0].shiftId").value(first))
			.andExpect(jsonPath("$.items[0].reason").value("ASSIGNED"));
		getAs(token, "/api/v1/me/signups").andExpect(jsonPath("$.items[0].shiftId").value(first))
			.andExpect(jsonPath("$.items[0].status").value("CONFIRMED"));
		getAs(leader, "/api/v1/shifts/{id}", first).andExpect(jsonPath("$.confirmed").value(1));
	}

	@Test
	void eachStudentLearnsWhyAndTheResultIsReproducedFromTheRecordedInputs() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String a = shift(leader, project, 48, 1);
		String b = shift(leader, project, 52, 1);
		String atTheSameTimeAsA = shift(leader, project, 48, 5);
		String admin = token(world.universityAdmin());
		String round = read(postAs(admin, roundJson(world.university().getId(), 2, a, b), "/api/v1/matching-rounds"),
				"$.id");
		List<Account> ranking = List.of(member(world), member(world), member(world));
		for (Account student : ranking) {
			putAs(token(student), choices(a, b), "/api/v1/matching-rounds/{id}/preferences", round)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.waivesPriority").value(false));
		}
		putAs(token(ranking.get(2)), "{\"shiftIds\":[\"" + a + "\",\"" + b + "\"],\"waivesPriority\":true}",
				"/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waivesPriority").value(true));
		Account busy = member(world);
		postAs(token(busy), null, "/api/v1/shifts/{id}/signups", atTheSameTimeAsA).andExpect(status().isCreated());
		putAs(token(busy), choices(a), "/api/v1/matching-rounds/{id}/preferences", round).andExpect(status().isOk());
		Account silent = member(world);

		this.clock.advance(Duration.ofHours(2));
		postAs(admin, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isOk())
			.andExpect(jsonPath("$.assigned").value(2))
			.andExpect(jsonPath("$.unassigned").value(2))
			.andExpect(jsonPath("$.seats").value(2));

		Map<String, Integer> reasons = new HashMap<>();
		for (Account student : ranking) {
			String reason = read(getAs(token(student), "/api/v1/matching-rounds/{id}/my-result", round), "$.reason");
			reasons.merge(reason, 1, Integer::sum);
			if (reason.equals("FILLED")) {
				getAs(token(student), "/api/v1/matching-rounds/{id}/my-result", round)
					.andExpect(jsonPath("$.shiftId").doesNotExist())
					.andExpect(jsonPath("$.message").value((student == ranking.get(2))
							? "Your choices 1–2 were filled. You waived your priority where it could not get you a place, so a student ranked below you may hold one of them."
							: "Your choices 1–2 were filled by applicants ranked higher by their criteria."));
			}
		}
		assertThat(reasons).containsEntry("ASSIGNED", 2).containsEntry("FILLED", 1);
		getAs(token(ranking.get(2)), "/api/v1/matching-rounds/{id}/my-result", round)
			.andExpect(jsonPath("$.waivesPriority").value(true));
		getAs(admin, "/api/v1/matching-rounds/{id}/result", round).andExpect(jsonPath("$.fairness.placed").value(2))
			.andExpect(jsonPath("$.fairness.topThree").value(2))
			.andExpect(jsonPath("$.fairness.justifiedEnvy").value(0))
			.andExpect(jsonPath("$.fairness.applicants").value(4))
			.andExpect(jsonPath("$.fairness.consenting").value(1))
			.andExpect(jsonPath("$.fairness.firstCome.placed").value(2))
			.andExpect(jsonPath("$.fairness.firstCome.justifiedEnvy").isNumber())
			.andExpect(jsonPath("$.fairness.deferredAcceptance.justifiedEnvy").value(0));

		// each student hears what came of it and why, once the run has committed
		eventsHandled();
		for (Account student : ranking) {
			var notices = this.notifications.latest(this.accounts.actingAs(student.getUsername()));
			assertThat(notices).as("notices of %s", student.getUsername())
				.anyMatch(n -> n.getMessageKey().startsWith("round.notice.") && n.getLink().equals("/rounds/" + round));
		}
		assertThat(this.notifications.latest(this.accounts.actingAs(busy.getUsername())))
			.anyMatch(n -> n.getMessageKey().equals("round.notice.UNAVAILABLE"));
		assertThat(this.notifications.latest(this.accounts.actingAs(silent.getUsername())))
			.noneMatch(n -> n.getMessageKey().startsWith("round.notice."));
		getAs(token(busy), "/api/v1/matching-rounds/{id}/my-result", round)
			.andExpect(jsonPath("$.reason").value("UNAVAILABLE"))
			.andExpect(jsonPath("$.message")
				.value("You already held an overlapping shift at the time of each of your choices."));
		getAs(token(silent), "/api/v1/matching-rounds/{id}/my-result", round)
			.andExpect(jsonPath("$.reason").value("NO_CHOICES"))
			.andExpect(jsonPath("$.message").value("You ranked no shift in this round."));

		// a seat freed after the run changes nothing about the recorded inputs
		String someone = read(getAs(leader, "/api/v1/shifts/{id}/signups", a), "$.items[0].id");
		deleteAs(leader, "/api/v1/signups/{id}", someone).andExpect(status().isNoContent());
		Map<Long, Long> recorded = new HashMap<>();
		this.rounds.results(world.universityAdmin().getId() == null ? null : asAdmin(world), Long.valueOf(round))
			.forEach(p -> recorded.put(p.getStudentId(), p.getMatchedShiftId()));
		Map<Long, Long> replayed = this.rounds.replay(Long.valueOf(round));
		assertThat(replayed).containsExactlyInAnyOrderEntriesOf(recorded);
		assertThat(replayed).containsEntry(busy.getId(), null);
		assertThat(replayed.values().stream().filter(java.util.Objects::nonNull))
			.containsExactlyInAnyOrder(Long.valueOf(a), Long.valueOf(b));
	}

	@Test
	void otherTenantsSeeNothingAndRoundsBelongToUniversitiesOrDistricts() throws Exception {
		World world = world();
		World other = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String shift = shift(leader, project, 48, 2);
		String otherAdmin = token(other.universityAdmin());
		// another tenant's shift is as unknown as none: nothing of it, not its title, is
		// told
		postAs(otherAdmin, roundJson(other.university().getId(), 1, shift), "/api/v1/matching-rounds")
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("班次"))));
		postAs(otherAdmin, roundJson(world.university().getId(), 1, shift), "/api/v1/matching-rounds")
			.andExpect(status().isForbidden());
		postAs(token(world.collegeAdmin()), roundJson(world.college().getId(), 1, shift), "/api/v1/matching-rounds")
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[0].message").value("A matching round belongs to a university or a district."));
		String admin = token(world.universityAdmin());
		postAs(admin, roundJson(world.university().getId(), 0, shift), "/api/v1/matching-rounds")
			.andExpect(status().isBadRequest());
		String round = read(postAs(admin, roundJson(world.university().getId(), 1, shift), "/api/v1/matching-rounds")
			.andExpect(status().isCreated()), "$.id");
		// the district's admin runs rounds of the district: the community's side of the
		// same project
		String districtRound = read(postAs(token(world.districtAdmin()), roundJson(world.district().getId(), 1, shift),
				"/api/v1/matching-rounds")
			.andExpect(status().isCreated()), "$.id");

		getAs(token(other.student()), "/api/v1/matching-rounds/{id}", round).andExpect(status().isNotFound());
		getAs(token(other.student()), "/api/v1/matching-rounds").andExpect(jsonPath("$.total").value(0));
		putAs(token(other.student()), choices(shift), "/api/v1/matching-rounds/{id}/preferences", round)
			.andExpect(status().isNotFound());
		getAs(token(other.student()), "/api/v1/matching-rounds/{id}/my-result", round).andExpect(status().isNotFound());
		getAs(otherAdmin, "/api/v1/matching-rounds/{id}/result", round).andExpect(status().isNotFound());
		this.clock.advance(Duration.ofHours(2));
		postAs(otherAdmin, null, "/api/v1/matching-rounds/{id}/run", round).andExpect(status().isNotFound());
		Account member = member(world);
		getAs(token(member), "/api/v1/matching-rounds/{id}/result", round).andExpect(status().isForbidden());
		// both rounds close together: the one opened later comes first
		getAs(token(member), "/api/v1/matching-rounds").andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(districtRound))
			.andExpect(jsonPath("$.items[1].id").value(round));
	}

	private org.practica.directory.CurrentUser asAdmin(World world) {
		return this.accounts.actingAs(world.universityAdmin().getUsername());
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	private String roundJson(Long organisationId, int maxChoices, String... shiftIds) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withNano(0);
		return """
				{"title":"暑期匹配","organisationId":"%s","shiftIds":[%s],"maxChoices":%d,"opensAt":"%s","closesAt":"%s"}
				""".formatted(organisationId, quoted(shiftIds), maxChoices, now.minusHours(1), now.plusHours(1));
	}

	private static String choices(String... shiftIds) {
		return "{\"shiftIds\":[" + quoted(shiftIds) + "]}";
	}

	private static String quoted(String... ids) {
		return String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
	}

}
