package org.practica.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages as a browser reaches them: languages, sign-in, CSRF, forms with their
 * messages next to the fields.
 */
class PagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void pagesSpeakChineseByDefaultAndEnglishOnceChosen() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("需求清单")));
		this.mvc.perform(get("/needs").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Demand list")))
			.andExpect(content().string(not(containsString("需求清单"))));
		this.mvc.perform(get("/locale").param("lang", "en").param("back", "/offers"))
			.andExpect(redirectedUrl("/offers"))
			.andExpect(header().string("Set-Cookie", containsString("practica-lang=en")));
		this.mvc.perform(get("/locale").param("lang", "en").param("back", "//elsewhere.example/x"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void signInTakesAFormWithCsrfAndSignOutEndsTheSession() throws Exception {
		World world = world();
		this.mvc.perform(formLogin("/login").user(world.communityAdmin().getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(world.communityAdmin().getUsername()).password("wrong-one"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").param("username", world.communityAdmin().getUsername()).param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/needs/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aNeedFormShowsEachMessageNextToItsFieldAndSavesNothing() throws Exception {
		World world = world();
		this.mvc
			.perform(as(world.communityAdmin(), post("/needs")).cookie(ENGLISH)
				.param("communityId", world.community().getId().toString())
				.param("title", "")
				.param("direction", "WALL_PAINTING")
				.param("startDate", "2030-05-10")
				.param("endDate", "2030-05-01")
				.param("headcount", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2030-05-10\"")))
			.andExpect(content().string(containsString("data-field=\"title\"")))
			.andExpect(content().string(containsString("Give a title.")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")))
			.andExpect(content().string(containsString("data-field=\"headcount\"")))
			.andExpect(content().string(containsString("Say how many students are needed.")));
		this.mvc
			.perform(as(world.communityAdmin(), post("/needs")).cookie(ENGLISH)
				.param("communityId", world.community().getId().toString())
				.param("headcount", "many"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not valid.")));
		getAs(token(world.communityAdmin()), "/api/v1/needs?communityId=" + world.community().getId())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(as(world.communityAdmin(), post("/needs"))
				.param("communityId", world.community().getId().toString())
				.param("title", "文化墙")
				.param("direction", "WALL_PAINTING")
				.param("skills", "绘画，墙绘")
				.param("startDate", "2030-05-01")
				.param("endDate", "2030-05-10")
				.param("headcount", "4"))
			.andExpect(redirectedUrlPattern("/needs/*"));
	}

	@Test
	void everyPageRendersForEveryRole() throws Exception {
		World world = world();
		for (Account account : new Account[] { world.communityAdmin(), world.teamLeader(), world.student(),
				world.universityAdmin(), world.districtAdmin() }) {
			for (String page : new String[] { "/", "/needs", "/needs?mine=true", "/offers", "/offers?mine=true",
					"/projects", "/fair", "/profile", "/organisations", "/organisations/" + world.team().getId() }) {
				this.mvc.perform(as(account, get(page))).andExpect(status().isOk());
			}
		}
		this.mvc.perform(as(world.communityAdmin(), get("/needs/new"))).andExpect(status().isOk());
		this.mvc.perform(as(world.teamLeader(), get("/offers/new"))).andExpect(status().isOk());
		this.mvc.perform(as(world.teamLeader(), get("/needs/new"))).andExpect(status().isForbidden());
		this.mvc.perform(as(world.collegeAdmin(), get("/users/import"))).andExpect(status().isOk());
		this.mvc.perform(as(world.collegeAdmin(), get("/users/new"))).andExpect(status().isOk());
		this.mvc.perform(as(world.collegeAdmin(), get("/users"))).andExpect(status().isOk());
		this.mvc.perform(as(world.universityAdmin(), get("/organisations/new?parentId=" + world.university().getId())))
			.andExpect(status().isOk());
		this.mvc.perform(as(world.universityAdmin(), get("/organisations/new?parentId=" + world.district().getId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationsPagesAnswerNotFoundOrForbidden() throws Exception {
		World victim = world();
		World intruder = world();
		String draft = read(postAs(token(victim.communityAdmin()),
				needJson(victim.community(), "草稿", "PUBLICITY", "", 1), "/api/v1/needs"), "$.id");
		this.mvc.perform(as(intruder.communityAdmin(), get("/needs/" + draft))).andExpect(status().isNotFound());
		this.mvc.perform(as(intruder.communityAdmin(), get("/needs/" + draft + "/edit")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(intruder.communityAdmin(), post("/needs/" + draft + "/publish")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(victim.communityAdmin(), post("/needs/" + draft + "/publish")))
			.andExpect(redirectedUrl("/needs/" + draft));
		this.mvc.perform(as(intruder.communityAdmin(), post("/needs/" + draft + "/cancel")))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
