package org.practica.report;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportApiController {

	private final Reports reports;

	ReportApiController(Reports reports) {
		this.reports = reports;
	}

	@Operation(summary = "What an organisation the caller manages produced in a period (default: the last 12 months)")
	@GetMapping("/api/v1/reports/summary")
	Summary summary(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.reports.summary(user, organisationId, this.reports.period(from, to));
	}

}
