package org.practica.outcome;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Outcome reports' settings ({@code practica.outcome.*}).
 *
 * @param maxPhotos the most photos one report holds
 */
@Validated
@ConfigurationProperties("practica.outcome")
public record OutcomeSettings(@Positive int maxPhotos) {
}
