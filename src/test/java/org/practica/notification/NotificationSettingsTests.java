package org.practica.notification;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's choice of mail per category of notices, through the API and the page.
 */
class NotificationSettingsTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final String URL = "/api/v1/me/notification-settings";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyoneStartsWithRemindersAtOnceAndTheRestDaily() throws Exception {
		String token = token(student());
		getAs(token, URL).andExpect(status().isOk())
			.andExpect(jsonPath("$.categories.REMINDERS").value("IMMEDIATE"))
			.andExpect(jsonPath("$.categories.SIGNUPS").value("DAILY"))
			.andExpect(jsonPath("$.categories.HOURS").value("DAILY"))
			.andExpect(jsonPath("$.categories.FAIR").value("DAILY"))
			.andExpect(jsonPath("$.categories.ORGANISATION").value("DAILY"));
		getAs(null, URL).andExpect(status().isUnauthorized());
		getAs(null, "/v3/api-docs").andExpect(jsonPath("$.paths['" + URL + "'].get").exists())
			.andExpect(jsonPath("$.paths['" + URL + "'].put").exists());
	}

	@Test
	void aPutSetsTheCategoriesItNamesAndKeepsTheOthers() throws Exception {
		Account student = student();
		String token = token(student);
		putAs(token, "{\"categories\":{\"HOURS\":\"NEVER\",\"REMINDERS\":\"DAILY\"}}", URL).andExpect(status().isOk())
			.andExpect(jsonPath("$.categories.HOURS").value("NEVER"))
			.andExpect(jsonPath("$.categories.REMINDERS").value("DAILY"))
			.andExpect(jsonPath("$.categories.SIGNUPS").value("DAILY"));
		putAs(token, "{\"categories\":{\"HOURS\":\"IMMEDIATE\"}}", URL).andExpect(status().isOk());
		getAs(token, URL).andExpect(jsonPath("$.categories.HOURS").value("IMMEDIATE"))
			.andExpect(jsonPath("$.categories.REMINDERS").value("DAILY"));
		// another person's choices are their own
		getAs(token(student()), URL).andExpect(jsonPath("$.categories.HOURS").value("DAILY"));
	}

	@Test
	void anUnknownCategoryOrModeIsRefusedNamingTheFieldAndNothingIsSet() throws Exception {
		String token = token(student());
		putAs(token, "{\"categories\":{\"SIGNUPS\":\"NEVER\",\"WEATHER\":\"NEVER\"}}", URL)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories.WEATHER"))
			.andExpect(jsonPath("$.errors[0].message").value("There is no such category of notices."));
		putAs(token, "{\"categories\":{\"HOURS\":\"SOMETIMES\"}}", URL).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories.HOURS"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose IMMEDIATE, DAILY or NEVER."));
		putAs(token, "{\"categories\":{\"HOURS\":null}}", URL).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories.HOURS"));
		putAs(token, "{}", URL).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories"));
		putAs(token, "{\"categories\":[\"HOURS\"]}", URL).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories"));
		getAs(token, URL).andExpect(jsonPath("$.categories.SIGNUPS").value("DAILY"))
			.andExpect(jsonPath("$.categories.HOURS").value("DAILY"));
	}

	@Test
	void thePageShowsTheChoicesAndSavesThem() throws Exception {
		Account student = student();
		this.mvc.perform(as(student, get("/notifications/settings")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mail settings")))
			.andExpect(content().string(containsString("name=\"categories[REMINDERS]\"")))
			.andExpect(
					content().string(containsString("<option value=\"IMMEDIATE\" selected=\"selected\">Immediately")))
			.andExpect(content().string(containsString("id=\"mail-no-address\"")));

		this.mvc
			.perform(as(student, post("/notifications/settings")).with(csrf())
				.cookie(ENGLISH)
				.param("categories[HOURS]", "NEVER")
				.param("categories[REMINDERS]", "IMMEDIATE"))
			.andExpect(redirectedUrl("/notifications/settings"));
		getAs(token(student), URL).andExpect(jsonPath("$.categories.HOURS").value("NEVER"));

		this.jdbc.sql("update account set email = ? where id = ?")
			.params(unique("s") + "@example.org", student.getId())
			.update();
		this.mvc.perform(as(student, get("/notifications/settings")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("邮件设置")))
			.andExpect(content().string(containsString("id=\"mail-address\"")))
			.andExpect(content().string(not(containsString("id=\"mail-no-address\""))));
	}

	@Test
	void aBadChoiceOnThePageIsShownAtItsFieldAndNothingIsSaved() throws Exception {
		Account student = student();
		this.mvc
			.perform(as(student, post("/notifications/settings")).with(csrf())
				.cookie(ENGLISH)
				.param("categories[SIGNUPS]", "NEVER")
				.param("categories[HOURS]", "SOMETIMES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-field=\"categories[HOURS]\"")))
			.andExpect(content().string(containsString("Choose IMMEDIATE, DAILY or NEVER.")));
		getAs(token(student), URL).andExpect(jsonPath("$.categories.SIGNUPS").value("DAILY"));
	}

	@Test
	void onlyTheUnsubscribeLinkIsExemptFromCsrf() throws Exception {
		Account student = student();
		this.mvc.perform(as(student, post("/notifications/settings")).param("categories[HOURS]", "NEVER"))
			.andExpect(status().isForbidden());
		getAs(token(student), URL).andExpect(jsonPath("$.categories.HOURS").value("DAILY"));
	}

	@Test
	void theNotificationsAndProfilePagesLinkToTheSettings() throws Exception {
		Account student = student();
		this.mvc.perform(as(student, get("/notifications")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/notifications/settings\"")));
		this.mvc.perform(as(student, get("/profile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/notifications/settings\"")));
	}

	private Account student() {
		return user(Role.STUDENT, world().college());
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())));
	}

}
