package org.practica.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One throttle for the sign-in page and the API: five wrong passwords for a username lock
 * it for the configured time (15 minutes), whichever way they came, and attempts made at
 * once cannot get more passwords checked than that.
 */
class SignInThrottleTests extends AccountTestSupport {

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	SignInFailureRepository counts;

	@Test
	void countsWhoseWindowIsOverAreRemovedAndOthersKept() {
		String spent = unique("spent");
		String recent = unique("recent");
		this.throttle.failed(this.throttle.begin(spent, "10.1.1.1"));
		this.clock.advance(java.time.Duration.ofMinutes(10));
		this.throttle.failed(this.throttle.begin(recent, null));
		this.clock.advance(java.time.Duration.ofMinutes(6));
		this.throttle.removeSpent();
		assertThat(this.counts.existsById("user:" + spent)).isFalse();
		assertThat(this.counts.existsById("address:10.1.1.1")).isFalse();
		assertThat(this.counts.existsById("user:" + recent)).isTrue();
	}

	@Test
	void theSignInPageIsThrottledAndSaysForHowLong() throws Exception {
		World world = world();
		String username = world.student().getUsername();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-password"))
				.andExpect(redirectedUrl("/login?error"));
		}
		var locked = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn()
			.getResponse();
		Cookie session = locked.getCookie("SESSION");
		this.mvc.perform(get("/login?locked").cookie(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Too many failed attempts. Sign-in is refused for 15 more minutes.")));
		this.mvc.perform(get("/login?locked").cookie(ENGLISH))
			.andExpect(content().string(containsString("Too many failed attempts.")));
		postAs(null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", "/api/v1/auth/token")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value("Too many failed attempts. Sign-in is refused for 15 more minutes."));

		this.clock.advance(java.time.Duration.ofMinutes(15));
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void failuresOnThePageAndThroughTheApiCountTogether() throws Exception {
		World world = world();
		String username = world.student().getUsername();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user(username.toUpperCase()).password("wrong-password"))
				.andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 0; i < 2; i++) {
			postAs(null, "{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}", "/api/v1/auth/token")
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(java.time.Duration.ofMinutes(10));
		postAs(null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", "/api/v1/auth/token")
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("Too many failed attempts. Sign-in is refused for 5 more minutes."));
	}

	@Test
	void aRightPasswordBeforeTheMaximumStartsTheCountAgain() throws Exception {
		World world = world();
		String username = world.student().getUsername();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				this.mvc.perform(formLogin("/login").user(username).password("wrong-password"))
					.andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		}
	}

	/**
	 * 200 wrong passwords for one username at once, from one address: no more than five
	 * are checked, every other is refused as locked, and then so is the right one.
	 */
	@Test
	void attemptsAtOnceGetNoMorePasswordsCheckedThanTheCountAllows() throws Exception {
		World world = world();
		String username = world.student().getUsername();
		List<Callable<String>> attempts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			attempts.add(() -> {
				UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
					.unauthenticated(username, "wrong-password");
				attempt.setDetails(new WebAuthenticationDetails("10.9.8.7", null));
				try {
					this.authenticationManager.authenticate(attempt);
					return "signed in";
				}
				catch (BadCredentialsException ex) {
					return "checked";
				}
				catch (ThrottledAuthenticationProvider.SignInThrottledException ex) {
					return "locked";
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<String> outcomes = new ArrayList<>();
		try {
			for (Future<String> outcome : pool.invokeAll(attempts)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(outcomes).filteredOn("checked"::equals).hasSize(5);
		assertThat(outcomes).filteredOn("locked"::equals).hasSize(195);
		assertThatExceptionOfType(ThrottledAuthenticationProvider.SignInThrottledException.class)
			.isThrownBy(() -> this.authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD)));
	}

}
