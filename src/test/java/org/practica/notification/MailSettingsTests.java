package org.practica.notification;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Practica's mail settings bind from application.yml and are checked at start-up.
 */
class MailSettingsTests {

	@Test
	void theDefaultsBind() {
		try (ConfigurableApplicationContext context = start()) {
			MailSettings settings = context.getBean(MailSettings.class);
			assertThat(settings.from()).isEqualTo("Practica <noreply@localhost>");
			assertThat(settings.digestAt()).isEqualTo(LocalTime.of(18, 0));
			assertThat(settings.hasUnsubscribeKey()).isFalse();
		}
	}

	@Test
	void aShortUnsubscribeKeyStopsTheStartNamingTheKey() {
		assertThatException().isThrownBy(() -> start("practica.mail.unsubscribe-key=short"))
			.withStackTraceContaining("practica.mail.unsubscribe-key must be at least 32 characters");
	}

	@Test
	void aSenderThatIsNoAddressStopsTheStartNamingTheKey() {
		assertThatException().isThrownBy(() -> start("practica.mail.from=Practica <no address>"))
			.withStackTraceContaining("practica.mail.from is not a mail address");
	}

	@Test
	void aDigestTimeThatIsNoTimeStopsTheStartNamingTheKey() {
		assertThatException().isThrownBy(() -> start("practica.mail.digest-at=late"))
			.withStackTraceContaining("practica.mail.digest-at");
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(java.util.Arrays.stream(properties).map((p) -> "--" + p).toArray(String[]::new));
	}

	@EnableConfigurationProperties(MailSettings.class)
	static class Settings {

	}

}
