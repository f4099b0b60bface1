package org.practica.evaluation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where ratings show: a team's and a community's averages per criterion over the last
 * year (public ratings only), and the team's rating as an explained factor of the
 * suggestions.
 */
class RatingsTests extends EvaluationTestSupport {

	@Test
	void averagesCountPublicRatingsOfTheLastYearOnly() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String first = project(world);
		complete(world, first);
		postAs(community, ofTeam(2), "/api/v1/projects/{id}/evaluations", first).andExpect(status().isCreated());
		// blind: not counted while the team has not rated
		getAs(leader, "/api/v1/organisations/{id}/ratings", world.team().getId())
			.andExpect(jsonPath("$.count").value(0))
			.andExpect(jsonPath("$.criteria", hasSize(0)));
		postAs(leader, ofCommunity(5), "/api/v1/projects/{id}/evaluations", first).andExpect(status().isCreated());

		this.clock.advance(Duration.ofDays(300));
		community = token(world.communityAdmin());
		leader = token(world.teamLeader());
		String second = project(world);
		complete(world, second);
		postAs(community, """
				{"about":"TEAM","scores":{"PREPARATION":5,"PUNCTUALITY":4,"SKILL":5,"ATTITUDE":5}}""",
				"/api/v1/projects/{id}/evaluations", second)
			.andExpect(status().isCreated());
		postAs(leader, ofCommunity(3), "/api/v1/projects/{id}/evaluations", second).andExpect(status().isCreated());

		// another community's admin sees the averages too: they are public, not the
		// ratings
		String outsider = token(world().communityAdmin());
		getAs(outsider, "/api/v1/organisations/{id}/ratings", world.team().getId())
			.andExpect(jsonPath("$.about").value("TEAM"))
			.andExpect(jsonPath("$.count").value(2))
			.andExpect(jsonPath("$.criteria[0].code").value("PREPARATION"))
			.andExpect(jsonPath("$.criteria[0].average").value(3.5))
			.andExpect(jsonPath("$.criteria[1].average").value(3.0))
			.andExpect(jsonPath("$.criteria[1].label").value("Punctuality"))
			.andExpect(jsonPath("$.average").value(3.38))
			.andExpect(jsonPath("$.comment").doesNotExist());
		getAs(outsider, "/api/v1/organisations/{id}/ratings", world.community().getId())
			.andExpect(jsonPath("$.about").value("COMMUNITY"))
			.andExpect(jsonPath("$.count").value(2))
			.andExpect(jsonPath("$.criteria[2].code").value("SAFETY"))
			.andExpect(jsonPath("$.criteria[2].average").value(4.0));

		// a year after the first, only the second counts
		this.clock.advance(Duration.ofDays(100));
		leader = token(world.teamLeader());
		getAs(leader, "/api/v1/organisations/{id}/ratings", world.team().getId())
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.criteria[0].average").value(5.0))
			.andExpect(jsonPath("$.criteria[1].average").value(4.0));
		getAs(leader, "/api/v1/organisations/{id}/ratings", world.community().getId())
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.average").value(3.0));
		// colleges and districts are not rated
		getAs(leader, "/api/v1/organisations/{id}/ratings", world.college().getId()).andExpect(status().isNotFound());
	}

	@Test
	void theSuggestionsShowTheTeamsRatingAsAnExplainedFactor() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String offer = offer(world, leader);
		getAs(leader, "/api/v1/offers/{id}/suggestions", offer)
			.andExpect(jsonPath("$.items[0].reasons[5].factor").value("RATING"))
			.andExpect(jsonPath("$.items[0].reasons[5].score").value(0.0))
			.andExpect(jsonPath("$.items[0].reasons[5].detail")
				.value("No ratings in the last year: neither helps nor hurts"));

		String project = project(world);
		complete(world, project);
		postAs(community, """
				{"about":"TEAM","scores":{"PREPARATION":5,"PUNCTUALITY":4,"SKILL":5,"ATTITUDE":4}}""",
				"/api/v1/projects/{id}/evaluations", project)
			.andExpect(status().isCreated());
		// still blind: the suggestions know nothing of it yet
		getAs(leader, "/api/v1/offers/{id}/suggestions", offer)
			.andExpect(jsonPath("$.items[0].reasons[5].score").value(0.0));
		postAs(leader, ofCommunity(4), "/api/v1/projects/{id}/evaluations", project).andExpect(status().isCreated());

		getAs(leader, "/api/v1/offers/{id}/suggestions", offer)
			.andExpect(jsonPath("$.items[0].reasons[*].factor", hasItem("RATING")))
			.andExpect(jsonPath("$.items[0].reasons[5].score").value(3.8))
			.andExpect(jsonPath("$.items[0].reasons[5].detail")
				.value("Communities rated the team 4.5 of 5 on average (1 rating in the last year)"));
	}

	/** A published offer of the world's team and a published need that fits it. */
	private String offer(World world, String leader) throws Exception {
		String community = token(world.communityAdmin());
		String need = read(postAs(community, needJson(world.community(), "评分需求", "PUBLICITY", "", 5), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need).andExpect(status().isOk());
		String offer = read(postAs(leader, offerJson(world.team(), "评分服务", "\"PUBLICITY\"", "", 5), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer).andExpect(status().isOk());
		return offer;
	}

}
