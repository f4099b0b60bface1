package org.practica.directory;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The first admin's password from {@code PRACTICA_ADMIN_PASSWORD} passes the same policy
 * as every other, or the application does not start, saying why.
 */
class FirstStartTests {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	private static FirstStart firstStart(String password) {
		AccountRepository accounts = mock(AccountRepository.class);
		when(accounts.count()).thenReturn(0L);
		return new FirstStart(accounts, NoOpPasswordEncoder.getInstance(),
				new AccountSettings(password, Duration.ofHours(1), 4), POLICY);
	}

	@Test
	void aWeakAdminPasswordStopsTheStartSayingWhy() {
		assertThatIllegalStateException().isThrownBy(() -> firstStart("123").run(null))
			.withMessageContaining("PRACTICA_ADMIN_PASSWORD")
			.withMessageContaining("fewer than 10 characters");
		assertThatIllegalStateException().isThrownBy(() -> firstStart("qwertyuiop").run(null))
			.withMessageContaining("common passwords");
		assertThatIllegalStateException().isThrownBy(() -> firstStart("admin-test-password").run(null))
			.withMessageContaining("contains the username 'admin'");
	}

	@Test
	void aStrongOneOrNoneStarts() {
		assertThatNoException().isThrownBy(() -> firstStart("Lantern-Orchard-Test-7").run(null));
		assertThatNoException().isThrownBy(() -> firstStart("").run(null));
	}

}
