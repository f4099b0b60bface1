package org.practica.demo;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's awards: a call with wang.fang nominated and on a public notice that runs,
 * with a citizen's objection waiting for the university; a team call taking nominations.
 * The same application as {@link DemoDataTests}.
 */
@SpringBootTest(properties = { "practica.demo=true",
		"spring.datasource.url=jdbc:h2:mem:practica-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AwardDemoTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCallIsOnPublicNoticeWithAnObjectionAndAnotherTakesNominations() throws Exception {
		String token = JsonPath.read(this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"hnit.admin\",\"password\":\"%s\"}".formatted(DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		String calls = this.mvc.perform(get("/api/v1/award-calls").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String noticeId = JsonPath.<java.util.List<String>>read(calls, "$.items[?(@.noticeId != null)].noticeId")
			.get(0);
		this.mvc.perform(get("/api/v1/notices/{id}", noticeId))
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.subjects[0].name").value("王芳"))
			.andExpect(jsonPath("$.subjects[0].standing").value("HELD"));
		this.mvc.perform(get("/api/v1/objections").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].realName").value("赵建国"));
	}

}
