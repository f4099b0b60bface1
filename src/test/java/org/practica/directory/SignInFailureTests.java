package org.practica.directory;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One count of sign-in attempts: places taken before the password is checked, the lock
 * after the maximum fails, and the window.
 */
class SignInFailureTests {

	private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Duration LOCK = Duration.ofMinutes(15);

	private static SignInFailure fresh() {
		SignInFailure count = new SignInFailure();
		count.throttleKey = "user:x";
		count.windowStartedAt = NOW;
		return count;
	}

	@Test
	void attemptsUnderWayTakePlacesSoNoMoreThanTheMaximumAreChecked() {
		SignInFailure count = fresh();
		for (int i = 0; i < 5; i++) {
			assertThat(count.reserve(NOW, 5, WINDOW, LOCK)).isNull();
		}
		assertThat(count.reserve(NOW, 5, WINDOW, LOCK)).isEqualTo(LOCK);
		count.release();
		assertThat(count.reserve(NOW, 5, WINDOW, LOCK)).isNull();
	}

	@Test
	void theFailureThatReachesTheMaximumLocksForTheLockDuration() {
		SignInFailure count = fresh();
		for (int i = 1; i <= 4; i++) {
			count.reserve(NOW, 5, WINDOW, LOCK);
			assertThat(count.failed(NOW, 5, LOCK)).isEqualTo(i);
			assertThat(count.isLocked(NOW)).isFalse();
		}
		count.reserve(NOW, 5, WINDOW, LOCK);
		count.failed(NOW, 5, LOCK);
		assertThat(count.isLocked(NOW)).isTrue();
		assertThat(count.reserve(NOW.plusSeconds(60), 5, WINDOW, LOCK)).isEqualTo(Duration.ofMinutes(14));
		assertThat(count.reserve(NOW.plus(LOCK), 5, WINDOW, LOCK)).isNull();
		assertThat(count.failures).isEqualTo(1);
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		SignInFailure count = fresh();
		for (int i = 0; i < 4; i++) {
			count.reserve(NOW, 5, WINDOW, LOCK);
			count.failed(NOW, 5, LOCK);
		}
		Instant later = NOW.plus(WINDOW).plusSeconds(1);
		assertThat(count.reserve(later, 5, WINDOW, LOCK)).isNull();
		assertThat(count.failed(later, 5, LOCK)).isEqualTo(1);
		assertThat(count.isLocked(later)).isFalse();
	}

	/**
	 * A campus behind one address: 40 failures on made-up usernames from it, under the
	 * shipped setting, leave every other account of the campus free to sign in.
	 */
	@Test
	void oneAddressIsRefusedOnlyAtAFarHigherCountThanOneUsername() {
		var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
		yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yml"));
		var properties = yaml.getObject();
		int perUser = Integer.parseInt(properties.getProperty("practica.sign-in.max-failures-per-user"));
		int perAddress = Integer.parseInt(properties.getProperty("practica.sign-in.max-failures-per-address"));
		assertThat(perAddress).isGreaterThanOrEqualTo(50 * perUser);
		SignInFailure address = fresh();
		for (int i = 0; i < 40; i++) {
			assertThat(address.reserve(NOW, perAddress, WINDOW, LOCK)).isNull();
			address.failed(NOW, perAddress, LOCK);
		}
		assertThat(address.isLocked(NOW)).isFalse();
		assertThat(address.reserve(NOW, perAddress, WINDOW, LOCK)).isNull();
	}

}
