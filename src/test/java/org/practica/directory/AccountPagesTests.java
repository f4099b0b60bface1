package org.practica.directory;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages as a person uses them: changing the password, the forgotten password
 * and its link, the admin's edit, disabling and reset, the email on the profile.
 */
class AccountPagesTests extends AccountTestSupport {

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf())
			.cookie(ENGLISH);
	}

	private static MockHttpServletRequestBuilder changing(Cookie session, String current, String next, String repeat) {
		return post("/profile/password").cookie(session, ENGLISH)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatPassword", repeat);
	}

	@Test
	void aPersonChangesTheirPasswordOnThePageAndStaysSignedInThereOnly() throws Exception {
		World world = world();
		Account student = world.student();
		Cookie here = signIn(student.getUsername(), PASSWORD);
		Cookie elsewhere = signIn(student.getUsername(), PASSWORD);
		String token = token(student);
		this.mvc.perform(get("/profile").cookie(here, ENGLISH))
			.andExpect(content().string(containsString("href=\"/profile/password\"")));

		this.mvc.perform(changing(here, "not-my-password", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-field=\"currentPassword\"")))
			.andExpect(content().string(containsString("The current password is wrong.")));
		this.mvc.perform(changing(here, PASSWORD, "short-1", "short-1"))
			.andExpect(content().string(containsString("A password needs at least 10 characters.")));
		this.mvc.perform(changing(here, PASSWORD, "password123", "password123"))
			.andExpect(content()
				.string(containsString("This password is on the list of common passwords; choose another.")));
		this.mvc.perform(changing(here, PASSWORD, student.getUsername() + "-x", student.getUsername() + "-x"))
			.andExpect(content().string(containsString("A password must not contain the username.")));
		this.mvc.perform(changing(here, PASSWORD, NEW_PASSWORD, "something-else-entirely"))
			.andExpect(content().string(containsString("The two passwords differ.")));
		this.mvc.perform(get("/profile").cookie(elsewhere)).andExpect(status().isOk());

		this.mvc.perform(changing(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "password.changed"));

		this.mvc.perform(get("/profile").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/profile").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		getAs(token, "/api/v1/me").andExpect(status().isUnauthorized());
		signIn(student.getUsername(), NEW_PASSWORD);
	}

	@Test
	void thePlatformAdminChangesItsPasswordOnTheSamePage() throws Exception {
		Cookie session = signIn("admin", "Lantern-Orchard-Test-7");
		try {
			this.mvc.perform(get("/profile/password").cookie(session, ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("At least 10 characters")));
			this.mvc
				.perform(
						changing(session, "Lantern-Orchard-Test-7", "sunlit-harbour-ferry-7", "sunlit-harbour-ferry-7"))
				.andExpect(redirectedUrl("/profile"));
			signIn("admin", "sunlit-harbour-ferry-7");
		}
		finally {
			restoreAdminPassword();
		}
	}

	@Test
	void theSignInPageLeadsToTheForgottenPasswordPageWhichAnswersAlikeForEveryone() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		this.mvc.perform(get("/login").cookie(ENGLISH))
			.andExpect(content().string(containsString("href=\"/password-reset\"")))
			.andExpect(content().string(containsString("Forgot your password?")));
		this.mvc.perform(get("/password-reset").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it works once, for 30 minutes")));
		for (String username : new String[] { student.getUsername(), unique("nobody"),
				world.student().getUsername() }) {
			this.mvc.perform(post("/password-reset").cookie(ENGLISH).with(csrf()).param("username", username))
				.andExpect(redirectedUrl("/password-reset"))
				.andExpect(flash().attribute("flash", "password.reset.requested"));
		}
		this.mvc.perform(post("/password-reset").cookie(ENGLISH).with(csrf()).param("username", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a username.")));
		this.mvc.perform(post("/password-reset").param("username", student.getUsername()))
			.andExpect(status().isForbidden());
		assertThat(linksSentTo(student)).hasSize(1);
		assertThat(this.events.stream(PasswordResetRequested.class)).hasSize(1);
	}

	@Test
	void theLinkOpensAPageThatSetsThePasswordOnceAndThenSaysItIsNoLongerValid() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		Cookie before = signIn(student.getUsername(), PASSWORD);
		this.mvc.perform(post("/password-reset").cookie(ENGLISH).with(csrf()).param("username", student.getUsername()));
		String link = "/password-reset/" + onlyLinkSentTo(student);

		this.mvc.perform(get(link).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("For the account " + student.getUsername() + ".")));
		this.mvc
			.perform(post(link).cookie(ENGLISH)
				.with(csrf())
				.param("newPassword", "qwertyuiop")
				.param("repeatPassword", "qwertyuiop"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("This password is on the list of common passwords; choose another.")));
		this.mvc
			.perform(post(link).cookie(ENGLISH)
				.with(csrf())
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(get("/login?reset").cookie(ENGLISH))
			.andExpect(content().string(containsString("Your new password is set. Sign in with it.")));
		this.mvc.perform(get("/profile").cookie(before)).andExpect(redirectedUrl("/login"));
		signIn(student.getUsername(), NEW_PASSWORD);

		this.mvc.perform(get(link).cookie(ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link is no longer valid")))
			.andExpect(content().string(containsString("href=\"/password-reset\"")));
		this.mvc
			.perform(post(link).cookie(ENGLISH)
				.with(csrf())
				.param("newPassword", "another-quiet-lantern")
				.param("repeatPassword", "another-quiet-lantern"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link is no longer valid")));
	}

	@Test
	void anExpiredLinkSaysItIsNoLongerValid() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		this.mvc.perform(post("/password-reset").with(csrf()).param("username", student.getUsername()));
		String link = "/password-reset/" + onlyLinkSentTo(student);
		this.clock.advance(Duration.ofMinutes(31));
		this.mvc.perform(get(link).cookie(ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link is no longer valid")));
		this.mvc.perform(get("/password-reset/unknown-token").cookie(ENGLISH)).andExpect(status().isNotFound());
	}

	@Test
	void anAdminEditsDisablesEnablesAndResetsAnAccountOnItsPage() throws Exception {
		World world = world();
		Account student = world.student();
		Account other = studentWithEmail(world);
		Account admin = world.collegeAdmin();
		Cookie studentSession = signIn(student.getUsername(), PASSWORD);
		this.mvc.perform(as(admin, get("/users")))
			.andExpect(content().string(containsString("href=\"/users/" + student.getId() + "/edit\"")));
		this.mvc.perform(as(admin, get("/users/{id}/edit", student.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send a password reset")));

		this.mvc
			.perform(as(admin, post("/users/{id}", student.getId())).param("displayName", "王同学")
				.param("email", other.getEmail())
				.param("phone", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belongs to another account")));
		this.mvc
			.perform(as(admin, post("/users/{id}", student.getId())).param("displayName", "王同学")
				.param("email", "Wang@Example.TEST".replace("Wang", unique("Wang")))
				.param("phone", "13800000000"))
			.andExpect(redirectedUrl("/users/" + student.getId() + "/edit"));
		assertThat(reloaded(student).getDisplayName()).isEqualTo("王同学");
		assertThat(reloaded(student).getEmail()).startsWith("wang").endsWith("@example.test");

		this.mvc.perform(as(admin, post("/users/{id}/disable", student.getId())))
			.andExpect(redirectedUrl("/users/" + student.getId() + "/edit"));
		this.mvc.perform(get("/profile").cookie(studentSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user(student.getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(get("/login?disabled").cookie(ENGLISH))
			.andExpect(content().string(containsString("This account is disabled. Ask your administrator.")));
		this.mvc.perform(as(admin, get("/users/{id}/edit", student.getId())))
			.andExpect(content().string(containsString("id=\"enable-account\"")));
		this.mvc.perform(as(admin, post("/users/{id}/enable", student.getId())));
		signIn(student.getUsername(), PASSWORD);

		this.mvc.perform(as(admin, post("/users/{id}/password-reset", student.getId())))
			.andExpect(flash().attribute("flash", "account.reset.sent"));
		assertThat(linksSentTo(student)).hasSize(1);
	}

	@Test
	void anAdminGivesANewAccountAnEmailOnTheNewAccountForm() throws Exception {
		World world = world();
		Account other = studentWithEmail(world);
		Account admin = world.collegeAdmin();
		this.mvc.perform(as(admin, get("/users/new"))).andExpect(content().string(containsString("name=\"email\"")));
		String username = unique("new.student");
		String number = unique("N");
		java.util.function.Function<String, MockHttpServletRequestBuilder> create = email -> post("/users")
			.param("username", username)
			.param("password", PASSWORD)
			.param("displayName", "新同学")
			.param("role", "STUDENT")
			.param("organisationId", world.college().getId().toString())
			.param("studentNumber", number)
			.param("email", email);
		this.mvc.perform(as(admin, create.apply(other.getEmail())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belongs to another account")));
		this.mvc.perform(as(admin, create.apply(" " + username.toUpperCase(Locale.ROOT) + "@Example.TEST ")))
			.andExpect(redirectedUrl("/users"));
		assertThat(this.accounts.find(this.accounts.actingAs(username).id()).orElseThrow().getEmail())
			.isEqualTo(username.toLowerCase(Locale.ROOT) + "@example.test");
	}

	@Test
	void anotherTenantsAccountPagesAreNotFound() throws Exception {
		World mine = world();
		World other = world();
		Account admin = mine.universityAdmin();
		this.mvc.perform(as(admin, get("/users/{id}/edit", other.student().getId()))).andExpect(status().isNotFound());
		this.mvc.perform(as(admin, post("/users/{id}", other.student().getId())).param("displayName", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(admin, post("/users/{id}/disable", other.student().getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(admin, post("/users/{id}/password-reset", other.student().getId())))
			.andExpect(status().isNotFound());
		assertThat(reloaded(other.student()).isEnabled()).isTrue();
		this.mvc
			.perform(as(admin, post("/users/{id}/disable", admin.getId())).header("Referer",
					"http://localhost/users/" + admin.getId() + "/edit"))
			.andExpect(redirectedUrl("/users/" + admin.getId() + "/edit"))
			.andExpect(flash().attribute("failure", "You cannot disable your own account."));
	}

	@Test
	void afterAnAdminsResetThePersonSignsInToTheChangeOfPasswordFirst() throws Exception {
		World world = world();
		Account student = world.student();
		this.mvc.perform(as(world.collegeAdmin(), post("/users/{id}/password-reset", student.getId())))
			.andExpect(flash().attribute("flash", "account.reset.sent-no-email"));

		var signedIn = this.mvc.perform(formLogin("/login").user(student.getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/profile/password"))
			.andReturn()
			.getResponse();
		Cookie session = signedIn.getCookie("SESSION");
		this.mvc.perform(get("/needs").cookie(session)).andExpect(redirectedUrl("/profile/password"));
		this.mvc.perform(get("/profile/password").cookie(session, ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An administrator asked you to choose a new password")));
		this.mvc.perform(changing(session, PASSWORD, PASSWORD, PASSWORD))
			.andExpect(content().string(containsString("Choose a password different from the current one.")));
		this.mvc.perform(changing(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/profile"));
		this.mvc.perform(get("/needs").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/profile/password").cookie(session, ENGLISH))
			.andExpect(content().string(not(containsString("An administrator asked you"))));
		this.mvc.perform(formLogin("/login").user(student.getUsername()).password(NEW_PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aPersonKeepsTheirEmailOnTheProfileAndTheirLanguageForMail() throws Exception {
		World world = world();
		Account student = world.student();
		Account other = studentWithEmail(world);
		String address = unique("Me") + "@Example.TEST";
		this.mvc.perform(as(student, post("/profile")).param("displayName", "学生").param("email", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not an email address.")));
		this.mvc.perform(as(student, post("/profile")).param("displayName", "学生").param("email", other.getEmail()))
			.andExpect(content().string(containsString("belongs to another account")));
		this.mvc.perform(as(student, post("/profile")).param("displayName", "学生").param("email", address))
			.andExpect(redirectedUrl("/profile"));
		assertThat(reloaded(student).getEmail()).isEqualTo(address.toLowerCase(Locale.ROOT));
		this.mvc.perform(as(student, get("/profile")))
			.andExpect(content().string(containsString("value=\"" + address.toLowerCase(Locale.ROOT) + "\"")));

		assertThat(reloaded(student).getLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		Cookie session = signIn(student.getUsername(), PASSWORD);
		this.mvc.perform(get("/locale").param("lang", "en").param("back", "/").cookie(session))
			.andExpect(redirectedUrl("/"));
		assertThat(reloaded(student).getLanguage()).isEqualTo(Locale.ENGLISH);
		this.mvc.perform(get("/locale").param("lang", "zh-CN").param("back", "/"));
		assertThat(reloaded(student).getLanguage()).isEqualTo(Locale.ENGLISH);
	}

}
