package org.practica.directory;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.practica.ApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

/**
 * What the tests of passwords and accounts share: people with an email address, page
 * sessions signed in through the form, and the reset links the directory sends (read from
 * its {@link PasswordResetRequested} events, as the mail would carry them).
 */
@RecordApplicationEvents
abstract class AccountTestSupport extends ApiTestSupport {

	static final String NEW_PASSWORD = "quiet-lantern-garden-42";

	static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder passwordEncoder;

	/** A student of the world's college with an email address. */
	Account studentWithEmail(World world) {
		String username = unique("mail.student");
		return this.accounts.create(admin(), new NewAccount(username, PASSWORD, "Student " + username, Role.STUDENT,
				world.college().getId().toString(), unique("M"), null, List.of(), null, username + "@Example.TEST"));
	}

	/** Signs in on the sign-in page; the session cookie. */
	Cookie signIn(String username, String password) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("a session for " + username).isNotNull();
		return session;
	}

	/** The tokens of the reset links sent to the account so far. */
	List<String> linksSentTo(Account account) {
		return this.events.stream(PasswordResetRequested.class)
			.filter(e -> e.accountId().equals(account.getId()))
			.map(PasswordResetRequested::token)
			.toList();
	}

	String onlyLinkSentTo(Account account) {
		List<String> links = linksSentTo(account);
		assertThat(links).hasSize(1);
		return links.get(0);
	}

	ResultActions patchAs(String token, String json, String url, Object... vars) throws Exception {
		return this.mvc.perform(patch(url, vars).header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** The platform admin's password back to the one the other tests sign in with. */
	void restoreAdminPassword() {
		Account admin = this.accountRepository.findByUsername("admin").orElseThrow();
		admin.changePassword(this.passwordEncoder.encode("Lantern-Orchard-Test-7"));
		this.accountRepository.save(admin);
	}

	Account reloaded(Account account) {
		return this.accounts.find(account.getId()).orElseThrow();
	}

}
