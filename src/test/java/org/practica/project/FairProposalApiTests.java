package org.practica.project;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FairProposalApiTests extends ApiTestSupport {

	@Test
	void needsAreProposedToOffersUpToEachTeamsCapacityAndBothSidesStillConfirm() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String first = need(community, world, "墙绘一");
		String second = need(community, world, "墙绘二");
		String third = need(community, world, "墙绘三");
		// ten students take two needs of five; five students take one
		String large = offer(leader, world, "大队", 10);
		String small = offer(leader, world, "小队", 5);
		for (String pair : new String[] { pair(first, large), pair(second, large), pair(third, large),
				pair(third, small) }) {
			postAs(community, pair, "/api/v1/interests").andExpect(status().isCreated());
		}

		String admin = token(world.universityAdmin());
		postAs(admin, "{\"organisationId\":\"" + world.university().getId() + "\"}", "/api/v1/fair-proposals")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0].needId").value(first))
			.andExpect(jsonPath("$.items[0].offerId").value(large))
			.andExpect(jsonPath("$.items[1].needId").value(second))
			.andExpect(jsonPath("$.items[1].offerId").value(large))
			.andExpect(jsonPath("$.items[2].needId").value(third))
			.andExpect(jsonPath("$.items[2].offerId").value(small))
			.andExpect(jsonPath("$.items[2].fromCommunity").value(true))
			.andExpect(jsonPath("$.items[2].fromTeam").value(false));

		// a proposal is not a project until the other side confirms it
		postAs(leader, pair(third, small), "/api/v1/interests").andExpect(status().isCreated())
			.andExpect(jsonPath("$.projectId").isString());
		postAs(community, pair(third, small), "/api/v1/interests").andExpect(status().isConflict());
	}

	@Test
	void onlyAdminsOfTheCampaignsUniversityOrDistrictProposePairs() throws Exception {
		World world = world();
		World other = world();
		String body = "{\"organisationId\":\"" + world.university().getId() + "\"}";
		postAs(token(other.universityAdmin()), body, "/api/v1/fair-proposals").andExpect(status().isForbidden());
		postAs(token(world.student()), body, "/api/v1/fair-proposals").andExpect(status().isForbidden());
		postAs(token(world.collegeAdmin()), "{\"organisationId\":\"" + world.college().getId() + "\"}",
				"/api/v1/fair-proposals")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		postAs(token(world.districtAdmin()), "{\"organisationId\":\"" + world.district().getId() + "\"}",
				"/api/v1/fair-proposals")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	private String need(String token, World world, String title) throws Exception {
		String id = read(postAs(token, needJson(world.community(), title, "PUBLICITY", "\"绘画\"", 5), "/api/v1/needs"),
				"$.id");
		postAs(token, null, "/api/v1/needs/{id}/publish", id).andExpect(status().isOk());
		return id;
	}

	private String offer(String token, World world, String title, int capacity) throws Exception {
		String id = read(
				postAs(token, offerJson(world.team(), title, "\"PUBLICITY\"", "\"绘画\"", capacity), "/api/v1/offers"),
				"$.id");
		postAs(token, null, "/api/v1/offers/{id}/publish", id).andExpect(status().isOk());
		return id;
	}

	private static String pair(String needId, String offerId) {
		return "{\"needId\":\"" + needId + "\",\"offerId\":\"" + offerId + "\"}";
	}

}
