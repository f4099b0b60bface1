package org.practica.web;

import org.junit.jupiter.api.Test;
import org.practica.directory.Accounts;
import org.practica.support.ProblemResponses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The language switch alone: it remembers the choice and goes back only to a page of this
 * site.
 */
@WebMvcTest(LocaleController.class)
@Import(ProblemResponses.class)
class LocaleControllerTests {

	@Autowired
	private MockMvc mvc;

	/**
	 * A signed-in person's choice is also their mail's language (DirectoryPagesTests
	 * shows it kept).
	 */
	@MockitoBean
	private Accounts accounts;

	@Test
	void remembersTheLanguageAndGoesBack() throws Exception {
		this.mvc.perform(get("/locale").param("lang", "en").param("back", "/needs?q=x").with(user("someone")))
			.andExpect(redirectedUrl("/needs?q=x"))
			.andExpect(header().string("Set-Cookie", containsString("practica-lang=en")));
		this.mvc.perform(get("/locale").param("lang", "zh-CN").param("back", "/").with(user("someone")))
			.andExpect(header().string("Set-Cookie", containsString("practica-lang=zh-CN")));
	}

	@Test
	void neverSendsAnywhereElse() throws Exception {
		for (String back : new String[] { "//elsewhere.example", "https://elsewhere.example", "/\\\\elsewhere", "x" }) {
			this.mvc.perform(get("/locale").param("lang", "en").param("back", back).with(user("someone")))
				.andExpect(redirectedUrl("/"));
		}
		this.mvc.perform(get("/locale").param("lang", "fr").param("back", "/").with(user("someone")))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
