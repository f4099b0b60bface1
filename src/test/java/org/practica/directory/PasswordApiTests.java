package org.practica.directory;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passwords through the API: one's own change, the reset link by mail, and what either
 * ends.
 */
class PasswordApiTests extends AccountTestSupport {

	private static String change(String current, String next) {
		return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
	}

	@Test
	void aPersonChangesTheirPasswordAndEveryOtherTokenAndSessionEnds() throws Exception {
		World world = world();
		Account student = world.student();
		String current = token(student);
		String other = token(student);
		Cookie page = signIn(student.getUsername(), PASSWORD);
		this.mvc.perform(get("/profile").cookie(page)).andExpect(status().isOk());

		postAs(current, change(PASSWORD, NEW_PASSWORD), "/api/v1/me/password").andExpect(status().isNoContent());

		getAs(current, "/api/v1/me").andExpect(status().isOk());
		getAs(other, "/api/v1/me").andExpect(status().isUnauthorized());
		this.mvc.perform(get("/profile").cookie(page)).andExpect(redirectedUrl("/login"));
		postAs(null, "{\"username\":\"" + student.getUsername() + "\",\"password\":\"" + PASSWORD + "\"}",
				"/api/v1/auth/token")
			.andExpect(status().isUnauthorized());
		getAs(token(student.getUsername(), NEW_PASSWORD), "/api/v1/me").andExpect(status().isOk());
	}

	@Test
	void aWrongCurrentPasswordIsForbiddenAndChangesNothing() throws Exception {
		World world = world();
		String token = token(world.student());
		postAs(token, change("not-my-password", NEW_PASSWORD), "/api/v1/me/password").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The current password is wrong."));
		getAs(token(world.student()), "/api/v1/me").andExpect(status().isOk());
	}

	@Test
	void aWeakNewPasswordIsRefusedNamingTheRuleItBreaks() throws Exception {
		World world = world();
		Account student = world.student();
		String token = token(student);
		postAs(token, change(PASSWORD, "short-1"), "/api/v1/me/password").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("A password needs at least 10 characters."));
		postAs(token, change(PASSWORD, "my-" + student.getUsername().toUpperCase() + "-pass"), "/api/v1/me/password")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("A password must not contain the username."));
		postAs(token, change(PASSWORD, "Password123"), "/api/v1/me/password").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("This password is on the list of common passwords; choose another."));
		postAs(token, change(PASSWORD, "qwerty"), "/api/v1/me/password").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", everyItem(is("newPassword"))))
			.andExpect(jsonPath("$.errors[*].message", containsInAnyOrder("A password needs at least 10 characters.",
					"This password is on the list of common passwords; choose another.")));
		getAs(token(student), "/api/v1/me").andExpect(status().isOk());
	}

	@Test
	void aResetLinkGoesOnlyToAnEnabledAccountWithAnEmailAndTheAnswerIsAlwaysTheSame() throws Exception {
		World world = world();
		Account withEmail = studentWithEmail(world);
		Account disabled = studentWithEmail(world);
		this.accounts.enable(admin(), disabled.getId(), false);
		for (String username : new String[] { withEmail.getUsername(), world.student().getUsername(),
				disabled.getUsername(), unique("nobody"), withEmail.getUsername() }) {
			postAs(null, "{\"username\":\"" + username + "\"}", "/api/v1/auth/password-reset")
				.andExpect(status().isAccepted());
		}
		// one link: the repeated request within a minute sends none
		assertThat(this.events.stream(PasswordResetRequested.class)).singleElement().satisfies(event -> {
			assertThat(event.accountId()).isEqualTo(withEmail.getId());
			assertThat(event.token()).hasSize(43);
			assertThat(event.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(30)));
		});
		postAs(null, "{\"username\":\"\"}", "/api/v1/auth/password-reset").andExpect(status().isBadRequest());
	}

	@Test
	void aResetLinkSetsThePasswordOnceAndEndsEverySessionAndToken() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		String token = token(student);
		Cookie page = signIn(student.getUsername(), PASSWORD);
		postAs(null, "{\"username\":\"" + student.getUsername() + "\"}", "/api/v1/auth/password-reset");
		String link = onlyLinkSentTo(student);

		postAs(null, "{\"newPassword\":\"password123\"}", "/api/v1/auth/password-reset/{token}", link)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		postAs(null, "{\"newPassword\":\"" + NEW_PASSWORD + "\"}", "/api/v1/auth/password-reset/{token}", link)
			.andExpect(status().isNoContent());

		getAs(token, "/api/v1/me").andExpect(status().isUnauthorized());
		this.mvc.perform(get("/profile").cookie(page)).andExpect(redirectedUrl("/login"));
		getAs(token(student.getUsername(), NEW_PASSWORD), "/api/v1/me").andExpect(status().isOk());
		postAs(null, "{\"newPassword\":\"another-quiet-lantern\"}", "/api/v1/auth/password-reset/{token}", link)
			.andExpect(status().isNotFound());
		postAs(null, "{\"newPassword\":\"another-quiet-lantern\"}", "/api/v1/auth/password-reset/{token}",
				"not-a-token")
			.andExpect(status().isNotFound());
		getAs(token(student.getUsername(), NEW_PASSWORD), "/api/v1/me").andExpect(status().isOk());
	}

	@Test
	void anExpiredResetLinkIsNotFound() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		postAs(null, "{\"username\":\"" + student.getUsername() + "\"}", "/api/v1/auth/password-reset");
		String link = onlyLinkSentTo(student);
		this.clock.advance(Duration.ofMinutes(30));
		postAs(null, "{\"newPassword\":\"" + NEW_PASSWORD + "\"}", "/api/v1/auth/password-reset/{token}", link)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.clock.reset();
		getAs(token(student), "/api/v1/me").andExpect(status().isOk());
	}

	@Test
	void theFirstStartAdminChangesItsPassword() throws Exception {
		String token = token("admin", "Lantern-Orchard-Test-7");
		try {
			postAs(token, change("Lantern-Orchard-Test-7", "sunlit-harbour-ferry-7"), "/api/v1/me/password")
				.andExpect(status().isNoContent());
			getAs(token("admin", "sunlit-harbour-ferry-7"), "/api/v1/me").andExpect(status().isOk());
		}
		finally {
			restoreAdminPassword();
		}
		getAs(token("admin", "Lantern-Orchard-Test-7"), "/api/v1/me").andExpect(status().isOk());
	}

}
