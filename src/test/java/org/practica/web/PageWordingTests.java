package org.practica.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages say what they mean in the reader's language: a length message names the limit,
 * the ledger check has one name in the menu and on its page, and the platform admin's
 * name from the first start reads in the page's language.
 */
class PageWordingTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void aLengthMessageSaysTheLimitInTheApiAndOnThePageInBothLanguages() throws Exception {
		World world = world();
		String title = "长".repeat(201);
		String body = needJson(world.community(), title, "WALL_PAINTING", "", 3);
		for (String[] language : new String[][] { { "en", "Too long: at most 200 characters." },
				{ "zh-CN", "内容过长：最多 200 个字符。" } }) {
			this.mvc
				.perform(post("/api/v1/needs").header("Authorization", "Bearer " + token(world.communityAdmin()))
					.header("Accept-Language", language[0])
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("title"))
				.andExpect(jsonPath("$.errors[0].message").value(language[1]));
		}
		this.mvc
			.perform(as(this.accounts.actingAs(world.communityAdmin().getUsername()), post("/needs")).cookie(ENGLISH)
				.param("communityId", world.community().getId().toString())
				.param("title", title)
				.param("direction", "WALL_PAINTING")
				.param("startDate", "2030-05-01")
				.param("endDate", "2030-05-10")
				.param("headcount", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too long: at most 200 characters.")));
		this.mvc
			.perform(as(this.accounts.actingAs(world.communityAdmin().getUsername()), post("/needs"))
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("communityId", world.community().getId().toString())
				.param("title", "文化墙")
				.param("address", "路".repeat(301))
				.param("direction", "WALL_PAINTING")
				.param("startDate", "2030-05-01")
				.param("endDate", "2030-05-10")
				.param("headcount", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内容过长：最多 300 个字符。")));
	}

	@Test
	void theLedgerCheckHasOneNameInTheMenuAndOnItsPage() throws Exception {
		this.mvc.perform(as(admin(), get("/admin/ledger")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-ledger\">账本校验</a>")))
			.andExpect(content().string(containsString("<h1 class=\"h3\">账本校验</h1>")))
			.andExpect(content().string(not(containsString("账本核查"))));
		this.mvc.perform(as(admin(), get("/admin/ledger")).cookie(ENGLISH))
			.andExpect(content().string(containsString("id=\"nav-ledger\">Ledger check</a>")))
			.andExpect(content().string(containsString("<h1 class=\"h3\">Ledger check</h1>")));
	}

	@Test
	void thePlatformAdminsNameFromTheFirstStartReadsInThePagesLanguage() throws Exception {
		this.mvc.perform(as(admin(), get("/users").param("q", "admin")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>平台管理员</td>")))
			.andExpect(content().string(containsString("title=\"平台管理员\"")))
			.andExpect(content().string(not(containsString("Platform admin<"))));
		this.mvc.perform(as(admin(), get("/users").param("q", "admin")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Platform administrator</td>")))
			.andExpect(content().string(containsString("title=\"Platform administrator\"")));
	}

	private MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(user)).with(csrf());
	}

}
