package org.practica;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nobody reaches another organisation's needs, offers, people or projects by changing an
 * id: each attempt gets 404 (not visible) or 403 (visible, not theirs).
 */
class TenancyTests extends ApiTestSupport {

	@Test
	void anotherCommunitysNeedsCannotBeReadWhileDraftNorChanged() throws Exception {
		World victim = world();
		World intruder = world();
		String owner = token(victim.communityAdmin());
		String other = token(intruder.communityAdmin());
		String draft = read(postAs(owner, needJson(victim.community(), "草稿", "PUBLICITY", "", 1), "/api/v1/needs"),
				"$.id");
		getAs(other, "/api/v1/needs/{id}", draft).andExpect(status().isNotFound());
		postAs(other, null, "/api/v1/needs/{id}/publish", draft).andExpect(status().isNotFound());
		putAs(other, needJson(victim.community(), "改", "PUBLICITY", "", 1), "/api/v1/needs/{id}", draft)
			.andExpect(status().isNotFound());
		postAs(owner, null, "/api/v1/needs/{id}/publish", draft).andExpect(status().isOk());
		postAs(other, null, "/api/v1/needs/{id}/close", draft).andExpect(status().isForbidden());
		postAs(other, null, "/api/v1/needs/{id}/cancel", draft).andExpect(status().isForbidden());
		putAs(other, needJson(victim.community(), "改", "PUBLICITY", "", 1), "/api/v1/needs/{id}", draft)
			.andExpect(status().isForbidden());
		postAs(other, needJson(victim.community(), "冒名", "PUBLICITY", "", 1), "/api/v1/needs")
			.andExpect(status().isForbidden());
		getAs(other, "/api/v1/needs/{id}/suggestions", draft).andExpect(status().isForbidden());
		postAs(token(victim.districtAdmin()), null, "/api/v1/needs/{id}/close", draft).andExpect(status().isOk());
	}

	@Test
	void anotherTeamsOffersCannotBeReadWhileDraftNorChanged() throws Exception {
		World victim = world();
		World intruder = world();
		String owner = token(victim.teamLeader());
		String other = token(intruder.teamLeader());
		String draft = read(postAs(owner, offerJson(victim.team(), "草稿", "\"PUBLICITY\"", "", 1), "/api/v1/offers"),
				"$.id");
		getAs(other, "/api/v1/offers/{id}", draft).andExpect(status().isNotFound());
		getAs(token(intruder.universityAdmin()), "/api/v1/offers/{id}", draft).andExpect(status().isNotFound());
		getAs(token(victim.universityAdmin()), "/api/v1/offers/{id}", draft).andExpect(status().isOk());
		postAs(other, null, "/api/v1/offers/{id}/publish", draft).andExpect(status().isNotFound());
		postAs(owner, null, "/api/v1/offers/{id}/publish", draft).andExpect(status().isOk());
		postAs(other, null, "/api/v1/offers/{id}/cancel", draft).andExpect(status().isForbidden());
		putAs(other, offerJson(victim.team(), "改", "\"PUBLICITY\"", "", 1), "/api/v1/offers/{id}", draft)
			.andExpect(status().isForbidden());
		postAs(other, offerJson(victim.team(), "冒名", "\"PUBLICITY\"", "", 1), "/api/v1/offers")
			.andExpect(status().isForbidden());
		getAs(other, "/api/v1/offers/{id}/suggestions", draft).andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationsPeopleCannotBeReadNorCreatedNorListed() throws Exception {
		World victim = world();
		World intruder = world();
		String other = token(intruder.universityAdmin());
		getAs(other, "/api/v1/users/{id}", victim.student().getId()).andExpect(status().isNotFound());
		getAs(other, "/api/v1/users/{id}", victim.communityAdmin().getId()).andExpect(status().isNotFound());
		getAs(token(intruder.student()), "/api/v1/users/{id}", victim.student().getId())
			.andExpect(status().isNotFound());
		getAs(other, "/api/v1/users?organisationId=" + victim.college().getId()).andExpect(status().isForbidden());
		postAs(other,
				"""
						{"username":"%s","password":"long-enough","displayName":"X","role":"COLLEGE_ADMIN","organisationId":"%s"}
						"""
					.formatted(unique("x"), victim.college().getId()),
				"/api/v1/users")
			.andExpect(status().isForbidden());
		postAs(other, "{\"name\":\"x\",\"kind\":\"TEAM\",\"parentId\":\"" + victim.college().getId() + "\"}",
				"/api/v1/organisations")
			.andExpect(status().isForbidden());
		getAs(token(victim.universityAdmin()), "/api/v1/users/{id}", victim.student().getId())
			.andExpect(status().isOk());
		getAs(token(victim.student()), "/api/v1/users?organisationId=" + victim.college().getId())
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherSidesProjectsCannotBeReadNorChanged() throws Exception {
		World victim = world();
		World intruder = world();
		String community = token(victim.communityAdmin());
		String leader = token(victim.teamLeader());
		String need = read(postAs(community, needJson(victim.community(), "需求", "PUBLICITY", "", 1), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String offer = read(postAs(leader, offerJson(victim.team(), "服务", "\"PUBLICITY\"", "", 1), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer);
		String pair = "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}";
		postAs(community, pair, "/api/v1/interests");
		String project = read(postAs(leader, pair, "/api/v1/interests"), "$.projectId");

		for (String other : new String[] { token(intruder.communityAdmin()), token(intruder.teamLeader()),
				token(intruder.universityAdmin()), token(intruder.student()) }) {
			getAs(other, "/api/v1/projects/{id}", project).andExpect(status().isNotFound());
			postAs(other, null, "/api/v1/projects/{id}/cancel", project).andExpect(status().isNotFound());
			getAs(other, "/api/v1/projects?needId=" + need).andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(0));
		}
		postAs(token(intruder.teamLeader()), pair, "/api/v1/interests").andExpect(status().isForbidden());
		getAs(token(victim.districtAdmin()), "/api/v1/projects/{id}", project).andExpect(status().isOk());
		getAs(token(victim.universityAdmin()), "/api/v1/projects/{id}", project).andExpect(status().isOk());
	}

}
