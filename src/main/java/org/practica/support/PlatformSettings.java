package org.practica.support;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What holds for the whole deployment ({@code practica.*}).
 *
 * @param zone the time zone dates and times are shown and entered in, and the
 * {@link java.time.Clock}'s
 * @param publicUrl the address people reach the site at: certificates' QR codes and the
 * API's links point there
 * @param demo whether demo data is loaded at start
 */
@Validated
@ConfigurationProperties("practica")
public record PlatformSettings(@NotNull ZoneId zone, @NotBlank String publicUrl, boolean demo) {
}
