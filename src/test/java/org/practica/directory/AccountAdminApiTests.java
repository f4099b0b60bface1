package org.practica.directory;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins over a person edit, disable, enable and reset the account through the API; only
 * inside their own subtree.
 */
class AccountAdminApiTests extends AccountTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOpenApiDocumentDescribesTheAccountEndpoints() throws Exception {
		var doc = getAs(null, "/v3/api-docs").andExpect(status().isOk());
		doc.andExpect(jsonPath("$.paths['/api/v1/me/password'].post.responses['204']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/auth/password-reset'].post.responses['202']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/auth/password-reset/{token}'].post.responses['204']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users/{id}/password-reset'].post.responses['204']").exists());
	}

	@Test
	void anAdminEditsOnlyTheFieldsSentAndTheEmailIsKeptInLowerCase() throws Exception {
		World world = world();
		String admin = token(world.collegeAdmin());
		String address = unique("Zhang.San") + "@Example.TEST";
		patchAs(admin, "{\"displayName\":\" 张三 \",\"email\":\"" + address + "\"}", "/api/v1/users/{id}",
				world.student().getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("张三"))
			.andExpect(jsonPath("$.email").value(address.toLowerCase()))
			.andExpect(jsonPath("$.enabled").value(true));
		patchAs(admin, "{\"phone\":\"13800000000\"}", "/api/v1/users/{id}", world.student().getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("张三"))
			.andExpect(jsonPath("$.email").value(address.toLowerCase()))
			.andExpect(jsonPath("$.phone").value("13800000000"));
		getAs(token(world.student()), "/api/v1/me").andExpect(jsonPath("$.email").value(address.toLowerCase()));
		patchAs(admin, "{\"email\":null}", "/api/v1/users/{id}", world.student().getId())
			.andExpect(jsonPath("$.email").doesNotExist());
	}

	@Test
	void anEmailBelongsToOneAccountAndMustBeAnAddress() throws Exception {
		World world = world();
		Account other = studentWithEmail(world);
		String admin = token(world.collegeAdmin());
		patchAs(admin, "{\"email\":\"" + other.getEmail().toUpperCase() + "\"}", "/api/v1/users/{id}",
				world.student().getId())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The email address " + other.getEmail() + " belongs to another account."));
		patchAs(admin, "{\"email\":\"not an address\"}", "/api/v1/users/{id}", world.student().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value("This is not an email address."));
		patchAs(admin, "{\"displayName\":\"\",\"enabled\":\"no\"}", "/api/v1/users/{id}", world.student().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
		patchAs(admin, "{\"displayName\":\"\"}", "/api/v1/users/{id}", world.student().getId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
		assertThat(reloaded(world.student()).getEmail()).isNull();
		postAs(admin, """
				{"username":"%s","password":"password-123","displayName":"重名","role":"STUDENT",
				 "organisationId":"%s","studentNumber":"%s","email":"%s"}
				""".formatted(unique("dup"), world.college().getId(), unique("D"), other.getEmail()), "/api/v1/users")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void anotherTenantsAccountIsNotFoundAndOnesOwnIsNotAnAdminsToEdit() throws Exception {
		World mine = world();
		World other = world();
		patchAs(token(mine.universityAdmin()), "{\"enabled\":false}", "/api/v1/users/{id}", other.student().getId())
			.andExpect(status().isNotFound());
		postAs(token(mine.universityAdmin()), null, "/api/v1/users/{id}/password-reset", other.student().getId())
			.andExpect(status().isNotFound());
		patchAs(token(mine.teamLeader()), "{\"enabled\":false}", "/api/v1/users/{id}", mine.student().getId())
			.andExpect(status().isNotFound());
		patchAs(token(mine.student()), "{\"displayName\":\"我自己\"}", "/api/v1/users/{id}", mine.student().getId())
			.andExpect(status().isForbidden());
		patchAs(token(mine.universityAdmin()), "{\"enabled\":false}", "/api/v1/users/{id}",
				mine.universityAdmin().getId())
			.andExpect(status().isConflict());
		assertThat(reloaded(other.student()).isEnabled()).isTrue();
		assertThat(reloaded(mine.universityAdmin()).isEnabled()).isTrue();
	}

	@Test
	void aDisabledAccountsTokensAndSessionsStopAtOnceAndItCannotSignIn() throws Exception {
		World world = world();
		Account student = world.student();
		String token = token(student);
		getAs(token, "/api/v1/me").andExpect(status().isOk());
		Cookie page = signIn(student.getUsername(), PASSWORD);

		patchAs(token(world.collegeAdmin()), "{\"enabled\":false}", "/api/v1/users/{id}", student.getId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));

		getAs(token, "/api/v1/me").andExpect(status().isUnauthorized());
		this.mvc.perform(get("/profile").cookie(page)).andExpect(redirectedUrl("/login"));
		postAs(null, "{\"username\":\"" + student.getUsername() + "\",\"password\":\"" + PASSWORD + "\"}",
				"/api/v1/auth/token")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("This account is disabled. Ask your administrator."));
		postAs(null, "{\"username\":\"" + student.getUsername() + "\",\"password\":\"wrong-password\"}",
				"/api/v1/auth/token")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong username or password."));

		patchAs(token(world.collegeAdmin()), "{\"enabled\":true}", "/api/v1/users/{id}", student.getId())
			.andExpect(jsonPath("$.enabled").value(true));
		getAs(token(student), "/api/v1/me").andExpect(status().isOk());
	}

	/**
	 * Another app instance ends a token by deleting its row, or disables the account:
	 * this instance, which has the token in memory, refuses it at the next request.
	 */
	@Test
	void aTokenEndedElsewhereIsRefusedAtOnceThoughThisInstanceRemembersIt() throws Exception {
		World world = world();
		String token = token(world.student());
		getAs(token, "/api/v1/me").andExpect(status().isOk());
		this.jdbc.sql("delete from api_token where account_id = ?").param(world.student().getId()).update();
		getAs(token, "/api/v1/me").andExpect(status().isUnauthorized());

		String again = token(world.student());
		getAs(again, "/api/v1/me").andExpect(status().isOk());
		this.jdbc.sql("update account set enabled = false, version = version + 1 where id = ?")
			.param(world.student().getId())
			.update();
		getAs(again, "/api/v1/me").andExpect(status().isUnauthorized());
	}

	@Test
	void anAdminsResetSendsALinkAndKeepsTheTokensToTheChangeOfPassword() throws Exception {
		World world = world();
		Account student = studentWithEmail(world);
		String admin = token(world.collegeAdmin());
		String before = token(student);

		postAs(admin, null, "/api/v1/users/{id}/password-reset", student.getId()).andExpect(status().isNoContent());
		String link = onlyLinkSentTo(student);
		assertThat(reloaded(student).isPasswordChangeRequired()).isTrue();

		getAs(before, "/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.mustChangePassword").value(true));
		getAs(before, "/api/v1/me/signups").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("An administrator asked you")));
		postAs(null, "{\"username\":\"" + student.getUsername() + "\",\"password\":\"" + PASSWORD + "\"}",
				"/api/v1/auth/token")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mustChangePassword").value(true));

		postAs(before, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}",
				"/api/v1/me/password")
			.andExpect(status().isNoContent());
		getAs(before, "/api/v1/me/signups").andExpect(status().isOk());
		getAs(before, "/api/v1/me").andExpect(jsonPath("$.mustChangePassword").value(false));
		assertThat(reloaded(student).isPasswordChangeRequired()).isFalse();
		// the link sent before is of no use once the password changed
		postAs(null, "{\"newPassword\":\"another-quiet-lantern\"}", "/api/v1/auth/password-reset/{token}", link)
			.andExpect(status().isNotFound());
	}

	@Test
	void aResetLinkClearsTheMustChangeFlagAndAnAccountWithoutEmailIsOnlyFlagged() throws Exception {
		World world = world();
		Account withEmail = studentWithEmail(world);
		String admin = token(world.collegeAdmin());
		postAs(admin, null, "/api/v1/users/{id}/password-reset", withEmail.getId()).andExpect(status().isNoContent());
		postAs(null, "{\"newPassword\":\"" + NEW_PASSWORD + "\"}", "/api/v1/auth/password-reset/{token}",
				onlyLinkSentTo(withEmail))
			.andExpect(status().isNoContent());
		assertThat(reloaded(withEmail).isPasswordChangeRequired()).isFalse();

		postAs(admin, null, "/api/v1/users/{id}/password-reset", world.student().getId())
			.andExpect(status().isNoContent());
		assertThat(linksSentTo(world.student())).isEmpty();
		assertThat(reloaded(world.student()).isPasswordChangeRequired()).isTrue();

		this.accounts.enable(admin(), world.student().getId(), false);
		postAs(admin, null, "/api/v1/users/{id}/password-reset", world.student().getId())
			.andExpect(status().isConflict());
	}

}
