package org.practica.need;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NeedApiTests extends ApiTestSupport {

	@Test
	void aCommunityAdminCreatesPublishesClosesANeed() throws Exception {
		World world = world();
		String admin = token(world.communityAdmin());
		String id = read(postAs(admin, needJson(world.community(), "文化墙彩绘", "WALL_PAINTING", "\"绘画\",\" 墙绘 \"", 6),
				"/api/v1/needs")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/needs/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.communityId").value(world.community().getId().toString()))
			.andExpect(jsonPath("$.skills[1]").value("墙绘"))
			.andExpect(jsonPath("$.startDate").value("2030-05-01"))
			.andExpect(jsonPath("$.latitude").value(26.9012)), "$.id");

		getAs(null, "/api/v1/needs/{id}", id).andExpect(status().isNotFound());
		postAs(admin, null, "/api/v1/needs/{id}/close", id).andExpect(status().isConflict());
		postAs(admin, null, "/api/v1/needs/{id}/publish", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		postAs(admin, null, "/api/v1/needs/{id}/publish", id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Only a draft can be published."));
		getAs(null, "/api/v1/needs/{id}", id).andExpect(status().isOk());
		putAs(admin, needJson(world.community(), "文化墙彩绘（三处）", "WALL_PAINTING", "\"绘画\"", 8), "/api/v1/needs/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headcount").value(8));
		postAs(admin, null, "/api/v1/needs/{id}/close", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		putAs(admin, needJson(world.community(), "x", "WALL_PAINTING", "", 1), "/api/v1/needs/{id}", id)
			.andExpect(status().isConflict());
		postAs(admin, null, "/api/v1/needs/{id}/cancel", id).andExpect(status().isConflict());
	}

	@Test
	void badInputIsNamedFieldByFieldAndNothingIsSaved() throws Exception {
		World world = world();
		String admin = token(world.communityAdmin());
		postAs(admin, """
				{"communityId":"%s","title":"","direction":"WALL_PAINTING","startDate":"2030-05-10",
				 "endDate":"2030-05-01","headcount":0,"latitude":91}
				""".formatted(world.community().getId()), "/api/v1/needs").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("headcount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("latitude")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The end date cannot be before the start date.")));
		postAs(admin, needJson(world.community(), "t", "NOT_A_DIRECTION", "", 1), "/api/v1/needs")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("direction"));
		postAs(admin, "{not json", "/api/v1/needs").andExpect(status().isBadRequest());
		getAs(admin, "/api/v1/needs?communityId=" + world.community().getId()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theErrorsSpeakTheCallersLanguage() throws Exception {
		World world = world();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/needs")
				.header("Authorization", "Bearer " + token(world.communityAdmin()))
				.header("Accept-Language", "zh-CN")
				.contentType("application/json")
				.content(needJson(world.community(), "", "WALL_PAINTING", "", 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("请填写标题。"));
	}

	@Test
	void thePublicListFindsPublishedNeedsByChineseOrEnglishTextDirectionAndDates() throws Exception {
		World world = world();
		String admin = token(world.communityAdmin());
		String marker = unique("标记");
		String painting = read(postAs(admin,
				needJson(world.community(), marker + " 老旧小区 Mural painting", "WALL_PAINTING", "\"绘画\"", 4),
				"/api/v1/needs"), "$.id");
		postAs(admin, null, "/api/v1/needs/{id}/publish", painting);
		String draft = read(
				postAs(admin, needJson(world.community(), marker + " 草稿", "WALL_PAINTING", "", 4), "/api/v1/needs"),
				"$.id");

		getAs(null, "/api/v1/needs?q=" + marker).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(painting));
		getAs(null, "/api/v1/needs?q=MURAL&direction=VOLUNTEER_SERVICE&communityId=" + world.community().getId())
			.andExpect(jsonPath("$.items[*].id", hasItem(painting)));
		getAs(null, "/api/v1/needs?q=" + marker + "&direction=DIGITAL_SKILLS").andExpect(jsonPath("$.total").value(0));
		getAs(null, "/api/v1/needs?q=" + marker + "&from=2030-06-01").andExpect(jsonPath("$.total").value(0));
		getAs(null, "/api/v1/needs?q=" + marker + "&from=2030-05-20&to=2030-05-21")
			.andExpect(jsonPath("$.total").value(1));
		getAs(admin, "/api/v1/needs?q=" + marker).andExpect(jsonPath("$.total").value(2));
		getAs(null, "/api/v1/needs?q=" + marker + "&status=DRAFT").andExpect(jsonPath("$.total").value(0));
		getAs(token(world.teamLeader()), "/api/v1/needs?q=" + marker)
			.andExpect(jsonPath("$.items[*].id", not(hasItem(draft))));
		getAs(null, "/api/v1/needs?size=500").andExpect(jsonPath("$.size").value(200));
	}

	@Test
	void directionsComeInTheCallersLanguage() throws Exception {
		getAs(null, "/api/v1/directions").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("VOLUNTEER_SERVICE"))
			.andExpect(jsonPath("$[0].name").value("Volunteer service"))
			.andExpect(jsonPath("$[?(@.code == 'WALL_PAINTING')].parentCode").value(hasItem("VOLUNTEER_SERVICE")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/directions")
				.header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(jsonPath("$[0].name").value("志愿服务"));
	}

}
