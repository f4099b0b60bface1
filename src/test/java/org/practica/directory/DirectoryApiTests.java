package org.practica.directory;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DirectoryApiTests extends ApiTestSupport {

	@Test
	void theFirstStartAdminSignsInWithThePasswordFromTheEnvironment() throws Exception {
		String token = token("admin", "Lantern-Orchard-Test-7");
		getAs(token, "/api/v1/me").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.roles[0].role").value("PLATFORM_ADMIN"));
	}

	@Test
	void aTokensExpiryIsAnInstantWithSecondsAndTheAppsOffset() throws Exception {
		World world = world();
		this.clock.setTo(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(60));
		postAs(null, "{\"username\":\"" + world.student().getUsername() + "\",\"password\":\"" + PASSWORD + "\"}",
				"/api/v1/auth/token")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expiresAt")
				.value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+08:00")));
	}

	@Test
	void wrongCredentialsGive401AsProblemDetails() throws Exception {
		postAs(null, "{\"username\":\"admin\",\"password\":\"nope-nope\"}", "/api/v1/auth/token")
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("Wrong username or password."));
		getAs(null, "/api/v1/me").andExpect(status().isUnauthorized());
		getAs("not-a-token", "/api/v1/me").andExpect(status().isUnauthorized());
	}

	@Test
	void repeatedFailuresAreRefusedForAWhileEvenWithTheRightPassword() throws Exception {
		World world = world();
		String username = world.student().getUsername();
		for (int i = 0; i < 5; i++) {
			postAs(null, "{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}", "/api/v1/auth/token")
				.andExpect(status().isUnauthorized());
		}
		postAs(null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", "/api/v1/auth/token")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
	}

	@Test
	void organisationsFollowTheParentRulesOfTheirTree() throws Exception {
		String admin = token("admin", "Lantern-Orchard-Test-7");
		String university = read(
				postAs(admin, "{\"name\":\"" + unique("大学") + "\",\"kind\":\"UNIVERSITY\"}", "/api/v1/organisations")
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.kind").value("UNIVERSITY")),
				"$.id");
		postAs(admin, "{\"name\":\"" + unique("学院") + "\",\"kind\":\"COLLEGE\",\"parentId\":\"" + university + "\"}",
				"/api/v1/organisations")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentId").value(university));
		postAs(admin, "{\"name\":\"" + unique("社区") + "\",\"kind\":\"COMMUNITY\",\"parentId\":\"" + university + "\"}",
				"/api/v1/organisations")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message").value("A community sits under a street."));
		postAs(admin, "{\"name\":\"" + unique("学院") + "\",\"kind\":\"COLLEGE\"}", "/api/v1/organisations")
			.andExpect(status().isBadRequest());
		postAs(admin, "{\"kind\":\"DISTRICT\"}", "/api/v1/organisations").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		getAs(admin, "/api/v1/organisations?kind=COLLEGE&parentId=" + university).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
	}

	@Test
	void anAdminAddsOrganisationsAndPeopleOnlyInsideItsSubtree() throws Exception {
		World mine = world();
		World other = world();
		String universityAdmin = token(mine.universityAdmin());
		postAs(universityAdmin,
				"{\"name\":\"" + unique("队") + "\",\"kind\":\"TEAM\",\"parentId\":\"" + mine.college().getId() + "\"}",
				"/api/v1/organisations")
			.andExpect(status().isCreated());
		postAs(universityAdmin,
				"{\"name\":\"" + unique("队") + "\",\"kind\":\"TEAM\",\"parentId\":\"" + other.college().getId() + "\"}",
				"/api/v1/organisations")
			.andExpect(status().isForbidden());
		postAs(universityAdmin, "{\"name\":\"" + unique("大学") + "\",\"kind\":\"UNIVERSITY\"}", "/api/v1/organisations")
			.andExpect(status().isForbidden());

		String student = """
				{"username":"%s","password":"long-enough","displayName":"张三","role":"STUDENT","organisationId":"%s",
				 "studentNumber":"2024001","major":"法学","skills":["普法宣传","写作"],"phone":"13800000000"}
				""";
		String id = read(
				postAs(universityAdmin, student.formatted(unique("zs"), mine.college().getId()), "/api/v1/users")
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.roles[0].role").value("STUDENT"))
					.andExpect(jsonPath("$.skills[0]").value("普法宣传")),
				"$.id");
		postAs(universityAdmin, student.formatted(unique("zs"), other.college().getId()), "/api/v1/users")
			.andExpect(status().isForbidden());
		postAs(universityAdmin, student.formatted(unique("zs"), mine.team().getId()), "/api/v1/users")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("This role is held in a college."));
		postAs(universityAdmin, student.formatted(mine.student().getUsername(), mine.college().getId()),
				"/api/v1/users")
			.andExpect(status().isConflict());
		getAs(universityAdmin, "/api/v1/users/" + id).andExpect(status().isOk());
		getAs(token(other.universityAdmin()), "/api/v1/users/" + id).andExpect(status().isNotFound());
	}

	@Test
	void studentsJoinTeamsOfTheirOwnUniversity() throws Exception {
		World mine = world();
		World other = world();
		String leader = token(mine.teamLeader());
		postAs(leader, "{\"userId\":\"" + mine.student().getId() + "\"}", "/api/v1/organisations/{id}/members",
				mine.team().getId())
			.andExpect(status().isCreated());
		postAs(leader, "{\"userId\":\"" + mine.student().getId() + "\"}", "/api/v1/organisations/{id}/members",
				mine.team().getId())
			.andExpect(status().isConflict());
		postAs(leader, "{\"userId\":\"" + other.student().getId() + "\"}", "/api/v1/organisations/{id}/members",
				mine.team().getId())
			.andExpect(status().isUnprocessableContent());
		postAs(leader, "{\"userId\":\"" + mine.student().getId() + "\"}", "/api/v1/organisations/{id}/members",
				other.team().getId())
			.andExpect(status().isForbidden());
		String student = token(other.student());
		postAs(student, "{\"userId\":\"" + other.student().getId() + "\"}", "/api/v1/organisations/{id}/members",
				other.team().getId())
			.andExpect(status().isCreated());
		assertThat(this.accounts.members(mine.team().getId())).extracting(Account::getId)
			.containsExactly(mine.student().getId());
		getAs(leader, "/api/v1/organisations/{id}/members", mine.team().getId()).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(mine.student().getId().toString()));
		getAs(student, "/api/v1/organisations/{id}/members", mine.team().getId()).andExpect(status().isForbidden());
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		World world = world();
		Account account = this.accounts.find(world.student().getId()).orElseThrow();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

}
