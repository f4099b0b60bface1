package org.practica.directory;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the platform admin {@code admin}. The password comes from
 * {@code PRACTICA_ADMIN_PASSWORD}, or is generated and printed once in the log.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final PasswordPolicy policy;

	FirstStart(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSettings settings,
			PasswordPolicy policy) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.configuredPassword = (settings.adminPassword() != null) ? settings.adminPassword() : "";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = this.configuredPassword == null || this.configuredPassword.isBlank();
		if (!generated) {
			refuseWeak(this.configuredPassword);
		}
		String password = generated ? generate() : this.configuredPassword;
		Account admin = new Account("admin", this.passwordEncoder.encode(password), Account.FIRST_ADMIN_NAME,
				new RoleGrant(Role.PLATFORM_ADMIN, null, null), null);
		this.accounts.save(admin);
		if (generated) {
			log.warn("Created the platform admin 'admin' with the generated password: {}", password);
			log.warn("Set PRACTICA_ADMIN_PASSWORD before the first start to choose it instead.");
		}
		else {
			log.info("Created the platform admin 'admin' with the password from PRACTICA_ADMIN_PASSWORD");
		}
	}

	/**
	 * The first admin's password passes the same policy as every other: a weak one stops
	 * the start, saying which rules it breaks.
	 */
	private void refuseWeak(String password) {
		List<String> broken = this.policy.violations("admin", password);
		if (!broken.isEmpty()) {
			throw new IllegalStateException("PRACTICA_ADMIN_PASSWORD (practica.admin-password) is too weak: "
					+ broken.stream().map(FirstStart::reason).collect(Collectors.joining("; "))
					+ ". Choose another, or leave it unset to have one generated.");
		}
	}

	private static String reason(String messageKey) {
		return switch (messageKey) {
			case "account.password.too-short" -> "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters";
			case "account.password.username" -> "it contains the username 'admin'";
			case "account.password.common" -> "it is on the list of common passwords";
			case "account.password.too-long" -> "it has more than " + PasswordPolicy.MAX_BYTES + " bytes";
			default -> "it is too weak";
		};
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
