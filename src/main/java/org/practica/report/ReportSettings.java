package org.practica.report;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reports ({@code practica.reports.*}).
 *
 * @param exportsAtOnce XLSX and CSV exports running at once; each holds a request thread
 * and a database connection while it runs
 */
@Validated
@ConfigurationProperties("practica.reports")
record ReportSettings(@Positive int exportsAtOnce) {
}
