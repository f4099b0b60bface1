package org.practica.offer;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service list's pages show an offer's directions by name, in the reader's language.
 */
class OfferPagesTests extends ApiTestSupport {

	@Test
	void theListAndTheOfferShowEachDirectionByNameInTheReadersLanguage() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String title = unique("墙绘美化");
		String id = read(postAs(leader, offerJson(world.team(), title, "\"WALL_PAINTING\",\"PUBLICITY\"", "", 10),
				"/api/v1/offers"), "$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", id).andExpect(status().isOk());

		Cookie english = new Cookie("practica-lang", "en");
		this.mvc.perform(get("/offers").param("q", title).cookie(english))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Wall painting、</span>"),
					containsString(">Publicity</span>"), not(containsString(">null")))));
		this.mvc.perform(get("/offers/" + id).cookie(english))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Wall painting</span>"),
					containsString(">Publicity</span>"), not(containsString(">null")))));
		this.mvc.perform(get("/offers/" + id))
			.andExpect(content().string(allOf(containsString(">墙绘美化</span>"), containsString(">宣传报道</span>"),
					not(containsString(">null")))));
	}

}
