package org.practica;

import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practica.support.PlatformSettings;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Every module's settings are bound from application.yml and checked at start-up: a bad
 * value stops the start with a message that names its key.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsTests {

	@Test
	void theDefaultsInApplicationYmlBindAndPassTheirChecks() {
		try (ConfigurableApplicationContext context = start()) {
			PlatformSettings platform = context.getBean(PlatformSettings.class);
			assertThat(platform.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			assertThat(platform.demo()).isFalse();
			assertThat(context.getBeansWithAnnotation(ConfigurationProperties.class).keySet()).contains(
					"practica-org.practica.support.PlatformSettings", "practica.hours-org.practica.hours.HoursSettings",
					"practica.signups-org.practica.signup.SignupSettings",
					"practica.attendance-org.practica.attendance.AttendanceSettings",
					"practica.sign-in-org.practica.directory.SignInSettings",
					"practica-org.practica.directory.AccountSettings",
					"practica.certificate-org.practica.certificate.CertificateSettings",
					"practica.reports-org.practica.report.ReportSettings",
					"practica.suggestions-org.practica.project.SuggestionSettings",
					"practica.events-org.practica.support.EventSettings");
		}
	}

	@Test
	void aNegativeHoursStepStopsTheStartNamingTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("practica.hours.step=-1"));
		assertThat(output).contains("Property: practica.hours.step", "Value: \"-1\"", "Reason: must be greater than 0");
	}

	@Test
	void aCancellationCutoffThatIsNoDurationStopsTheStartNamingTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("practica.signups.cancellation-cutoff=abc"))
			.withStackTraceContaining("practica.signups.cancellation-cutoff");
		assertThat(output).contains("practica.signups.cancellation-cutoff", "Value: \"abc\"");
	}

	@Test
	void anUnknownZoneStopsTheStartNamingTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("practica.zone=Mars/Olympus"));
		// the first key read from it may be the certificate's zone, which defaults to it
		assertThat(output).contains("${practica.zone}", "Unknown time-zone ID: Mars/Olympus");
	}

	@Test
	void aZeroResubmissionIntervalStopsTheStartNamingTheKey() {
		assertThatException().isThrownBy(() -> start("practica.events.resubmit-every=0s"))
			.withStackTraceContaining("practica.events.resubmit-every must be longer than zero");
	}

	@Test
	void noExportsAtOnceStopsTheStartNamingTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("practica.reports.exports-at-once=0"));
		assertThat(output).contains("\"practica.reports.exports-at-once\" from property source",
				"Reason: must be greater than 0");
	}

	@Test
	void aPasswordResetLinkLifetimeUnderAMinuteStopsTheStartNamingTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("practica.password-reset.lifetime=10s"));
		assertThat(output).contains("Property: practica.password-reset.lifetime",
				"Reason: must be longer than or equal to 1 minute");
	}

	/** Starts with these properties set as on the command line, over application.yml. */
	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(AllSettings.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
	}

	/**
	 * The settings records alone, read from application.yml as the app reads them (not a
	 * configuration class, so that the app's own scan leaves it alone).
	 */
	@ConfigurationPropertiesScan(basePackageClasses = PracticaApplication.class)
	static class AllSettings {

	}

}
