package org.practica.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How volunteer records are kept ({@code practica.record.*}).
 *
 * @param correctionDays the days a community has to answer a correction request before it
 * is raised to the street or district above it
 */
@Validated
@ConfigurationProperties("practica.record")
record RecordSettings(@DefaultValue("7") @Min(1) @Max(90) int correctionDays) {
}
