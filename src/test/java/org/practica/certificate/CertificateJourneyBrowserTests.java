package org.practica.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.practica.BrowserTestSupport;
import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * A certificate as people use it: a student asks for one over a period, sees what it
 * certifies, and a stranger checks its code on the public page, then a forged one.
 */
class CertificateJourneyBrowserTests extends BrowserTestSupport {

	@MockitoBean
	Hours hours;

	@Test
	void aStudentGetsACertificateAndAStrangerVerifiesIt() throws Exception {
		World world = world();
		given(this.hours.verifiedFor(eq(world.student().getId()), any(), any())).willReturn(List.of(
				new VerifiedHours(31L, "石鼓社区文化墙墙绘", world.community().getId(), LocalDate.of(2026, 3, 7),
						LocalDate.of(2026, 3, 8), new BigDecimal("6")),
				new VerifiedHours(32L, "“四点半课堂”课后托管", world.community().getId(), LocalDate.of(2026, 4, 10),
						LocalDate.of(2026, 4, 24), new BigDecimal("4.5"))));

		signIn(world.student().getUsername(), PASSWORD);
		click(By.id("nav-mine-menu"));
		click(By.id("nav-certificates"));
		set("from", "2026-03-01");
		set("to", "2026-06-30");
		screenshot("certificate-request");
		click(By.id("request-certificate"));
		expectText(By.id("total-hours"), "10.5");
		assertThat(text(By.id("student-name"))).isEqualTo(world.student().getDisplayName());
		assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href")).endsWith("/pdf");
		String code = text(By.id("verification-code"));
		String number = text(By.id("certificate-number"));
		screenshot("certificate-issued");
		signOut();

		open("/verify");
		type("code", code.toLowerCase());
		click(By.id("verify"));
		assertThat(text(By.id("verify-valid"))).contains("核验通过", number, "10.5", "石鼓社区文化墙墙绘");
		screenshot("certificate-verified");
		String plain = code.replace(" ", "");
		open("/verify/" + plain.substring(0, 31) + (plain.charAt(31) == 'A' ? 'B' : 'A'));
		assertThat(text(By.id("verify-invalid"))).contains("核验未通过");
		screenshot("certificate-forged");
	}

}
