package org.practica.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.directory.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports of hours entries and projects as XLSX and CSV files, with the summary's
 * scope and period rules (see {@link ReportExports}).
 */
@RestController
@Tag(name = "Reports")
class ReportExportApiController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String CSV = "text/csv";

	private final ReportExports exports;

	ReportExportApiController(ReportExports exports) {
		this.exports = exports;
	}

	@Operation(
			summary = "One row per hours entry (every status) worked in the period, in an organisation the caller manages",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX)))
	@GetMapping("/api/v1/reports/hours.xlsx")
	void hoursXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.HOURS, ExportFormat.XLSX, locale, response);
	}

	@Operation(summary = "The hours export as CSV (UTF-8 with a byte order mark)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
	@GetMapping("/api/v1/reports/hours.csv")
	void hoursCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.HOURS, ExportFormat.CSV, locale, response);
	}

	@Operation(summary = "One row per project created in the period, with its students and verified hours",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX)))
	@GetMapping("/api/v1/reports/projects.xlsx")
	void projectsXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.PROJECTS, ExportFormat.XLSX, locale, response);
	}

	@Operation(summary = "The projects export as CSV (UTF-8 with a byte order mark)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
	@GetMapping("/api/v1/reports/projects.csv")
	void projectsCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.PROJECTS, ExportFormat.CSV, locale, response);
	}

	@Operation(summary = "One row per published outcome report that happened in the period, with its figures by metric",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX)))
	@GetMapping("/api/v1/reports/outcomes.xlsx")
	void outcomesXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.OUTCOMES, ExportFormat.XLSX, locale, response);
	}

	@Operation(summary = "The outcome reports export as CSV (UTF-8 with a byte order mark)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
	@GetMapping("/api/v1/reports/outcomes.csv")
	void outcomesCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, organisationId, from, to, ReportExports.Kind.OUTCOMES, ExportFormat.CSV, locale, response);
	}

	private void send(CurrentUser user, Long organisationId, LocalDate from, LocalDate to, ReportExports.Kind kind,
			ExportFormat format, Locale locale, HttpServletResponse response) throws IOException {
		ExportDownload.send(this.exports, user, organisationId, from, to, kind, format, locale, response);
	}

}
