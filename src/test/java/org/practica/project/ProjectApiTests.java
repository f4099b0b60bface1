package org.practica.project;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectApiTests extends ApiTestSupport {

	@Test
	void suggestionsRankTheFittingOfferFirstAndExplainEveryFactor() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String skill = unique("墙绘");
		String need = published(community, "needs",
				needJson(world.community(), "墙绘", "WALL_PAINTING", "\"绘画\",\"" + skill + "\"", 6));
		String fitting = published(leader, "offers",
				offerJson(world.team(), "墙绘美化", "\"WALL_PAINTING\"", "\"绘画\",\"" + skill + "\"", 10));
		String unrelated = published(leader, "offers",
				offerJson(world.team(), "数字助老", "\"DIGITAL_SKILLS\"", "\"电脑\"", 2));

		getAs(community, "/api/v1/needs/{id}/suggestions", need).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].offerId").value(fitting))
			.andExpect(jsonPath("$.items[0].score").value(99))
			.andExpect(jsonPath("$.items[0].reasons[0].factor").value("DIRECTION"))
			.andExpect(jsonPath("$.items[0].reasons[0].score").value(25.0))
			.andExpect(jsonPath("$.items[0].reasons[0].detail").value("Offers exactly this direction: Wall painting"))
			.andExpect(jsonPath("$.items[0].reasons[1].detail").value("2 of 2 skills asked for: 绘画、" + skill))
			.andExpect(jsonPath("$.items[0].reasons[*].factor", hasItem("DISTANCE")));
		// other tests' offers share the database: look beyond the first 20 for the
		// unrelated one
		getAs(community, "/api/v1/needs/{id}/suggestions?limit=100", need).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.offerId == '" + unrelated + "')].score")
				.value(hasItem(org.hamcrest.Matchers.lessThan(60))));
		getAs(leader, "/api/v1/offers/{id}/suggestions", fitting).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].score").value(99))
			.andExpect(jsonPath("$.items[?(@.needId == '" + need + "')].score").value(hasItem(99)));
		getAs(leader, "/api/v1/needs/{id}/suggestions", need).andExpect(status().isForbidden());
	}

	@Test
	void whenBothSidesSayYesTheProjectExists() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String need = published(community, "needs", needJson(world.community(), "课业辅导", "ACADEMIC_SUPPORT", "", 5));
		String offer = published(leader, "offers", offerJson(world.team(), "萤火辅导", "\"ACADEMIC_SUPPORT\"", "", 5));
		String pair = "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}";

		postAs(community, pair, "/api/v1/interests").andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromCommunity").value(true))
			.andExpect(jsonPath("$.fromTeam").value(false))
			.andExpect(jsonPath("$.projectId").doesNotExist());
		postAs(community, pair, "/api/v1/interests").andExpect(status().isConflict());
		postAs(token(world.student()), pair, "/api/v1/interests").andExpect(status().isForbidden());
		String project = read(postAs(leader, pair, "/api/v1/interests").andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromCommunity").value(true))
			.andExpect(jsonPath("$.fromTeam").value(true))
			.andExpect(jsonPath("$.needId").value(need))
			.andExpect(jsonPath("$.offerId").value(offer)), "$.projectId");

		for (String token : new String[] { community, leader }) {
			getAs(token, "/api/v1/projects/{id}", project).andExpect(status().isOk())
				.andExpect(jsonPath("$.needId").value(need))
				.andExpect(jsonPath("$.offerId").value(offer))
				.andExpect(jsonPath("$.communityId").value(world.community().getId().toString()))
				.andExpect(jsonPath("$.teamId").value(world.team().getId().toString()))
				.andExpect(jsonPath("$.status").value("ACTIVE"));
		}
		getAs(community, "/api/v1/projects?needId=" + need).andExpect(jsonPath("$.total").value(1));
		getAs(leader, "/api/v1/projects?organisationId=" + world.university().getId() + "&direction=STUDY_TRAINING")
			.andExpect(jsonPath("$.items[*].id", hasItem(project)));
		getAs(leader, "/api/v1/projects?organisationId=" + world.university().getId() + "&status=COMPLETED")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(project))));
	}

	@Test
	void aCommunityRecruitsStudentsDirectlyOnce() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String need = published(community, "needs", needJson(world.community(), "问卷调研", "SOCIAL_RESEARCH", "", 5));
		String project = read(
				postAs(community, "{\"needId\":\"" + need + "\"}", "/api/v1/projects").andExpect(status().isCreated())
					.andExpect(jsonPath("$.teamId").doesNotExist())
					.andExpect(jsonPath("$.offerId").doesNotExist()),
				"$.id");
		postAs(community, "{\"needId\":\"" + need + "\"}", "/api/v1/projects").andExpect(status().isConflict());
		getAs(token(world.student()), "/api/v1/projects/{id}", project).andExpect(status().isOk());
		postAs(token(world.teamLeader()), null, "/api/v1/projects/{id}/complete", project)
			.andExpect(status().isNotFound());
		postAs(community, null, "/api/v1/projects/{id}/complete", project).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
	}

	@Test
	void onlyPublishedNeedsAndOffersMeetInTheFair() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String draft = read(postAs(community, needJson(world.community(), "草稿", "PUBLICITY", "", 1), "/api/v1/needs"),
				"$.id");
		String offer = published(leader, "offers", offerJson(world.team(), "宣传", "\"PUBLICITY\"", "", 5));
		postAs(community, "{\"needId\":\"" + draft + "\",\"offerId\":\"" + offer + "\"}", "/api/v1/interests")
			.andExpect(status().isConflict());
		postAs(community, "{\"needId\":\"" + draft + "\"}", "/api/v1/projects").andExpect(status().isConflict());
		getAs(community, "/api/v1/needs/{id}/suggestions", draft).andExpect(status().isConflict());
	}

	private String published(String token, String kind, String json) throws Exception {
		String id = read(postAs(token, json, "/api/v1/" + kind).andExpect(status().isCreated()), "$.id");
		postAs(token, null, "/api/v1/" + kind + "/{id}/publish", id).andExpect(status().isOk());
		return id;
	}

}
