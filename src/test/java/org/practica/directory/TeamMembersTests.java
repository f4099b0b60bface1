package org.practica.directory;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team's leader adds students of the university to the team and removes them, from the
 * team page and the API; a removed member's places on the team's coming shifts go with
 * the membership, in the same transaction.
 */
class TeamMembersTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void aLeaderAddsStudentsOfTheUniversityByUsernameOrStudentNumber() throws Exception {
		World world = world();
		World other = world();
		Account byName = user(Role.STUDENT, world.college());
		Account byNumber = user(Role.STUDENT, world.college());
		String team = "/organisations/" + world.team().getId();
		this.mvc.perform(as(world.teamLeader(), post(team + "/members")).param("username", byName.getUsername()))
			.andExpect(redirectedUrl(team))
			.andExpect(flash().attribute("flash", "team.member.added"));
		this.mvc.perform(as(world.teamLeader(), post(team + "/members")).param("username",
				" " + byNumber.getStudentNumber() + " "))
			.andExpect(redirectedUrl(team));
		for (Account nobody : new Account[] { other.student(), world.collegeAdmin() }) {
			this.mvc
				.perform(as(world.teamLeader(), post(team + "/members")).param("username", nobody.getUsername())
					.cookie(ENGLISH)
					.header("Referer", "http://localhost" + team))
				.andExpect(redirectedUrl(team))
				.andExpect(flash().attribute("failure", "There is no such student."));
		}
		assertThat(this.accounts.members(world.team().getId())).extracting(Account::getId)
			.containsExactlyInAnyOrder(byName.getId(), byNumber.getId());
		postAs(token(world.teamLeader()), "{\"userId\":\"" + world.collegeAdmin().getId() + "\"}",
				"/api/v1/organisations/{id}/members", world.team().getId())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("There is no such student."));
	}

	@Test
	void removingAMemberGivesUpTheirPlacesOnTheTeamsComingShiftsAndTheWaitlistMovesUp() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String full = shift(leader, project, 48, 1);
		String roomy = shift(leader, project, 72, 5);
		Account leaving = member(world);
		Account waiting = member(world);
		String leavingToken = token(leaving);
		postAs(leavingToken, null, "/api/v1/shifts/{id}/signups", full)
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		postAs(leavingToken, null, "/api/v1/shifts/{id}/signups", roomy).andExpect(status().isCreated());
		postAs(token(waiting), null, "/api/v1/shifts/{id}/signups", full)
			.andExpect(jsonPath("$.status").value("WAITLISTED"));

		this.mvc.perform(as(world.teamLeader(), get("/organisations/" + world.team().getId())).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 places on coming shifts")))
			.andExpect(content().string(containsString("Their 2 places on coming shifts of the team are given up")))
			.andExpect(content().string(containsString("id=\"remove-member-" + leaving.getId() + "\"")));

		deleteAs(leader, "/api/v1/organisations/{team}/members/{user}", world.team().getId(), leaving.getId())
			.andExpect(status().isNoContent());
		eventsHandled();
		assertThat(this.accounts.members(world.team().getId())).extracting(Account::getId)
			.containsExactly(waiting.getId());
		getAs(leavingToken, "/api/v1/me/signups").andExpect(jsonPath("$.items[*].status", everyItem(is("CANCELLED"))))
			.andExpect(jsonPath("$.total").value(2));
		getAs(token(waiting), "/api/v1/me/signups").andExpect(jsonPath("$.items[0].status").value("CONFIRMED"));
		getAs(leavingToken, "/api/v1/projects/{id}", project).andExpect(status().isNotFound());
		deleteAs(leader, "/api/v1/organisations/{team}/members/{user}", world.team().getId(), leaving.getId())
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberServingOnAShiftUnderWayIsRemovedOnlyOnceItIsOver() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String now = shift(leader, project, 0, 5);
		String later = shift(leader, project, 24, 5);
		Account serving = member(world);
		postAs(token(serving), null, "/api/v1/shifts/{id}/signups", now).andExpect(status().isCreated());
		postAs(token(serving), null, "/api/v1/shifts/{id}/signups", later).andExpect(status().isCreated());
		this.clock.advance(Duration.ofMinutes(30));
		deleteAs(leader, "/api/v1/organisations/{team}/members/{user}", world.team().getId(), serving.getId())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("This student is serving on a shift of the team right now; remove them once it is over."));
		assertThat(this.accounts.members(world.team().getId())).extracting(Account::getId)
			.containsExactly(serving.getId());
		getAs(token(serving), "/api/v1/me/signups")
			.andExpect(jsonPath("$.items[*].status", everyItem(is("CONFIRMED"))));
		this.clock.advance(Duration.ofHours(2));
		deleteAs(leader, "/api/v1/organisations/{team}/members/{user}", world.team().getId(), serving.getId())
			.andExpect(status().isNoContent());
		getAs(token(serving), "/api/v1/me/signups")
			.andExpect(jsonPath("$.items[?(@.shiftId == '" + now + "')].status", contains("CONFIRMED")))
			.andExpect(jsonPath("$.items[?(@.shiftId == '" + later + "')].status", contains("CANCELLED")));
	}

	@Test
	void onlyThoseWhoManageTheTeamRemoveAndOnlyThemAreOfferedIt() throws Exception {
		World world = world();
		World other = world();
		Account member = member(world);
		deleteAs(token(other.teamLeader()), "/api/v1/organisations/{team}/members/{user}", world.team().getId(),
				member.getId())
			.andExpect(status().isForbidden());
		deleteAs(token(member), "/api/v1/organisations/{team}/members/{user}", world.team().getId(), member.getId())
			.andExpect(status().isForbidden());
		deleteAs(token(world.collegeAdmin()), "/api/v1/organisations/{team}/members/{user}", world.college().getId(),
				member.getId())
			.andExpect(status().isNotFound());
		deleteAs(token(world.teamLeader()), "/api/v1/organisations/{team}/members/{user}", world.team().getId(),
				world.student().getId())
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(other.teamLeader(),
					post("/organisations/" + world.team().getId() + "/members/" + member.getId() + "/remove")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(member, get("/organisations/" + world.team().getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member.getDisplayName())))
			.andExpect(content().string(not(containsString("remove-member-"))))
			.andExpect(content().string(not(containsString("name=\"username\""))));
		this.mvc
			.perform(as(world.collegeAdmin(),
					post("/organisations/" + world.team().getId() + "/members/" + member.getId() + "/remove")))
			.andExpect(redirectedUrl("/organisations/" + world.team().getId()))
			.andExpect(flash().attribute("flash", "team.member.removed"));
		assertThat(this.accounts.members(world.team().getId())).isEmpty();
	}

	@Test
	void theApiDocumentDescribesRemovingAMemberAndImportingOrganisations() throws Exception {
		getAs(null, "/v3/api-docs")
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{teamId}/members/{userId}'].delete.responses['204']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{teamId}/members/{userId}'].delete.responses['200']")
				.doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/import'].post").exists());
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
