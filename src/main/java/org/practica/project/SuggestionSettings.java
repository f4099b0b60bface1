package org.practica.project;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The suggestion index ({@code practica.suggestions.*}). Its schedule reads the same key;
 * this record makes a bad value stop the start.
 *
 * @param fullRefresh how often the index is rebuilt from the database in full
 */
@Validated
@ConfigurationProperties("practica.suggestions")
record SuggestionSettings(@NotNull @DurationMin(seconds = 1) Duration fullRefresh) {
}
