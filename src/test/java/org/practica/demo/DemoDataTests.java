package org.practica.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.practica.directory.Accounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the README promises of {@code ./mvnw spring-boot:run}: the demo loads into an
 * empty database, its people sign in with the demo password, and the tutoring project is
 * under way. On a database of its own (always H2), so the other tests' data is not in its
 * way.
 */
@SpringBootTest(properties = { "practica.demo=true",
		"spring.datasource.url=jdbc:h2:mem:practica-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theDemoStudentHasShiftsAheadAndHoursForACertificate() throws Exception {
		String token = token("wang.fang");
		this.mvc.perform(get("/api/v1/me/signups").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[*].status", everyItem(is("CONFIRMED"))));
		this.mvc.perform(get("/api/v1/me/hours").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[?(@.status == 'VERIFIED')].hours", everyItem(is(2.5))));
		this.mvc
			.perform(post("/api/v1/certificates").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"studentId\":\"%s\",\"from\":\"2000-01-01\",\"to\":\"%s\"}".formatted(me(token),
						java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalHours").value(7.5));
	}

	@Test
	void theDemoSelectionIsClosedWithCasesInEveryUnitAndSomeInTheLibrary() throws Exception {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/cases").param("q", "党建"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0))));
		this.mvc.perform(get("/api/v1/cases"))
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.facets.unit.length()").value(4));
		this.mvc.perform(get("/api/v1/cases").param("q", "平安社区"))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
		String token = token("hnit.admin");
		String selections = this.mvc.perform(get("/api/v1/selections").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String closed = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(selections,
				"$.items[?(@.closedAt != null)].id")
			.get(0);
		this.mvc.perform(get("/api/v1/selections/{id}/rankings", closed).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rankings.length()").value(4))
			.andExpect(jsonPath("$.judges[?(@.flagged == true)].userId", org.hamcrest.Matchers.hasSize(1)));
	}

	@Test
	void theDemoAdminsSignInWithTheDemoPassword() throws Exception {
		for (String username : new String[] { "hnit.admin", "zhuhui.admin", "qingquanshan", "tutor" }) {
			token(username);
		}
	}

	@Test
	void theDemoAccountsHaveAnEmailAddressSoThatAResetCanBeTried() throws Exception {
		for (String username : new String[] { "wang.fang", "qingquanshan", "tutor" }) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(username)))
				.andExpect(jsonPath("$.email").value(username + "@" + DemoData.EMAIL_DOMAIN));
		}
	}

	/**
	 * Every card of every demo role's workbench shows something: a line, or a figure,
	 * rather than its "nothing here" text.
	 */
	@Test
	void everyDemoRolesWorkbenchShowsSomethingOnEachCard() throws Exception {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		lines.put("qingquanshan", List.of("id=\"waiting-count\"",
				"class=\"list-group-item list-group-item-action today-shift\"", "need-without-project"));
		lines.put("tutor", List.of("list-group-item-action roster\"", "interest-received"));
		lines.put("legal", List.of("interest-received", "project-without-shifts"));
		lines.put("wang.fang", List.of("id=\"next-shift\"", "near-shift", "id=\"certificate-shortcut\""));
		lines.put("hnit.admin", List.of("id=\"backfills-count\"", "agreement-expiring", "id=\"term-students\""));
		lines.put("hnit.hum.admin", List.of("agreement-expiring", "id=\"term-hours\""));
		lines.put("zhuhui.admin", List.of("id=\"backfills-count\"", "agreement-expiring", "id=\"term-needs\""));
		lines.put("dongfeng.admin", List.of("id=\"backfills-count\"", "agreement-expiring"));
		lines.put("mingshan.admin", List.of("agreement-expiring"));
		lines.put("video", List.of("interest-received"));
		for (Map.Entry<String, List<String>> role : lines.entrySet()) {
			String html = this.mvc
				.perform(
						get("/").with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(role.getKey()))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(role.getKey()).contains(role.getValue());
		}
	}

	/**
	 * The demo's evaluations: the safety class rated by both sides (public to both), the
	 * first wall painting by the community only (blind to the painters).
	 */
	@Test
	void theDemoHasAPublicPairOfRatingsAndABlindOne() throws Exception {
		String tutor = token("tutor");
		String safety = JsonPath
			.read(this.mvc.perform(get("/api/v1/projects?status=COMPLETED").header("Authorization", "Bearer " + tutor))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id");
		this.mvc.perform(get("/api/v1/projects/{id}/evaluations", safety).header("Authorization", "Bearer " + tutor))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[*].published", everyItem(is(true))));
		String painter = token("painter");
		String wall = JsonPath.read(
				this.mvc.perform(get("/api/v1/projects?status=COMPLETED").header("Authorization", "Bearer " + painter))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.items[0].id");
		this.mvc.perform(get("/api/v1/projects/{id}/evaluations", wall).header("Authorization", "Bearer " + painter))
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.mayRate[0].about").value("COMMUNITY"));
		this.mvc
			.perform(get("/api/v1/projects/{id}/evaluations", wall).header("Authorization", "Bearer " + token("gaoyu")))
			.andExpect(jsonPath("$.items[0].published").value(false));
	}

	private String token(String username) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private String me(String token) throws Exception {
		return JsonPath.read(this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

}
