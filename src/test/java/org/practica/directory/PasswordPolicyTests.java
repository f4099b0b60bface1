package org.practica.directory;

import org.junit.jupiter.api.Test;
import org.practica.support.FieldProblem;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a password a person chooses, as Passay checks them.
 */
class PasswordPolicyTests {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	@Test
	void aLongUncommonPasswordWithoutTheUsernamePasses() {
		assertThat(POLICY.violations("zhang.san", "tea-garden-lantern-42")).isEmpty();
		assertThat(POLICY.violations("zhang.san", "春天的茶园很安静")).containsExactly("account.password.too-short");
		assertThat(POLICY.violations("zhang.san", "春天的茶园里很安静呀")).isEmpty();
		POLICY.check("newPassword", "zhang.san", "tea-garden-lantern-42");
	}

	@Test
	void fewerThanTenCharactersAreTooShort() {
		assertThat(POLICY.violations("zhang.san", "nine-char")).containsExactly("account.password.too-short");
		assertThat(POLICY.violations("zhang.san", "ten-chars!")).isEmpty();
		assertThat(POLICY.violations("zhang.san", "")).contains("account.password.too-short");
		assertThat(POLICY.violations("zhang.san", null)).contains("account.password.too-short");
	}

	@Test
	void theUsernameInAnyCaseOrReversedIsRefused() {
		assertThat(POLICY.violations("zhang.san.2024", "zhang.san.2024")).containsExactly("account.password.username");
		assertThat(POLICY.violations("zhang.san.2024", "ZHANG.SAN.2024")).containsExactly("account.password.username");
		assertThat(POLICY.violations("zhang.san", "my-Zhang.San-secret")).containsExactly("account.password.username");
		assertThat(POLICY.violations("zhang.san", "secret-nas.gnahz")).containsExactly("account.password.username");
	}

	@Test
	void aCommonPasswordIsRefusedInAnyCase() {
		assertThat(POLICY.violations("zhang.san", "password123")).containsExactly("account.password.common");
		assertThat(POLICY.violations("zhang.san", "PassWord123")).containsExactly("account.password.common");
		assertThat(POLICY.violations("zhang.san", "qwertyuiop")).containsExactly("account.password.common");
		assertThat(POLICY.violations("zhang.san", "1234567890")).containsExactly("account.password.common");
	}

	@Test
	void moreThanBcryptReadsIsTooLong() {
		assertThat(POLICY.violations("zhang.san", "a".repeat(72) + "茶")).contains("account.password.too-long");
		assertThat(POLICY.violations("zhang.san", "茶".repeat(24))).isEmpty();
		assertThat(POLICY.violations("zhang.san", "茶".repeat(25))).containsExactly("account.password.too-long");
	}

	@Test
	void aRefusalNamesTheFieldOncePerRuleBroken() {
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> POLICY.check("newPassword", "abc", "abc123"))
			.satisfies(problem -> {
				assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(problem.errors()).allSatisfy(e -> assertThat(e.field()).isEqualTo("newPassword"));
				assertThat(problem.errors()).extracting(FieldProblem.FieldError::messageKey)
					.containsExactly("account.password.too-short", "account.password.username",
							"account.password.common");
				assertThat(problem.errors().get(0).arguments()).containsExactly(10, 72);
			});
	}

}
