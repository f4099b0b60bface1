package org.practica.certificate;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How certificates are numbered and dated ({@code practica.certificate.*}).
 *
 * @param numberPrefix what every certificate number starts with
 * @param timeZone the zone whose day is printed as the issue date; the platform's zone
 * when not set
 * @param personInCharge the issuer's person in charge printed on certificates (负责人)
 * @param contact how to reach the issuer, printed on certificates (联系方式)
 * @param batchStalledAfter how long a running batch may go without moving on before
 * another instance takes it up (its own instance having stopped)
 */
@Validated
@ConfigurationProperties("practica.certificate")
record CertificateSettings(@DefaultValue("PRC") @NotBlank String numberPrefix, ZoneId timeZone, String personInCharge,
		String contact, @DefaultValue("5m") Duration batchStalledAfter) {
}
