package org.practica.offer;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OfferApiTests extends ApiTestSupport {

	@Test
	void aTeamLeaderCreatesAndPublishesAnOfferAtTheTeamsPosition() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String id = read(
				postAs(leader, offerJson(world.team(), "墙绘美化", "\"WALL_PAINTING\",\"PUBLICITY\"", "\"绘画\"", 10),
						"/api/v1/offers")
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("DRAFT"))
					.andExpect(jsonPath("$.directions[1]").value("PUBLICITY"))
					.andExpect(jsonPath("$.latitude").value(26.8968))
					.andExpect(jsonPath("$.teamId").value(world.team().getId().toString())),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		getAs(null, "/api/v1/offers?teamId=" + world.team().getId() + "&direction=PARTY_LEAGUE_AFFAIRS")
			.andExpect(jsonPath("$.total").value(1));
		getAs(null, "/api/v1/offers?teamId=" + world.team().getId() + "&direction=ELDERLY_CARE")
			.andExpect(jsonPath("$.total").value(0));
		postAs(leader, null, "/api/v1/offers/{id}/cancel", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		getAs(null, "/api/v1/offers/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void anOfferNeedsADirectionAndATeam() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		postAs(leader, offerJson(world.team(), "t", "", "", 10), "/api/v1/offers").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("directions"));
		postAs(leader, offerJson(world.college(), "t", "\"WALL_PAINTING\"", "", 10), "/api/v1/offers")
			.andExpect(status().isForbidden());
		postAs(token(world.collegeAdmin()), offerJson(world.college(), "t", "\"WALL_PAINTING\"", "", 10),
				"/api/v1/offers")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
	}

}
