package org.practica.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.Problem;
import tools.jackson.databind.ObjectMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: an organisation's figures over a period, with its charts drawn in the
 * browser from the data the page carries.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final Organisations organisations;

	private final Directions directions;

	private final ObjectMapper json;

	ReportController(Reports reports, Organisations organisations, Directions directions, ObjectMapper json) {
		this.reports = reports;
		this.organisations = organisations;
		this.directions = directions;
		this.json = json;
	}

	@GetMapping("/reports")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		List<Organisation> choices = this.organisations.filterChoices(user);
		if (choices.isEmpty() && organisationId == null) {
			throw Problem.forbidden();
		}
		Long chosen = organisationId == null ? choices.get(0).getId() : organisationId;
		Reports.Period period = this.reports.period(from, to);
		Dashboard dashboard = this.reports.dashboard(user, chosen, period);
		if (choices.stream().noneMatch((o) -> o.getId().equals(chosen))) {
			choices = Stream.concat(Stream.of(this.organisations.get(chosen)), choices.stream()).toList();
		}
		Map<String, String> names = this.directions.names(locale);
		model.addAttribute("choices", choices);
		model.addAttribute("organisationId", chosen);
		model.addAttribute("period", period);
		model.addAttribute("summary", dashboard.summary());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("directionNames", names);
		model.addAttribute("chartData", chartData(dashboard, names));
		return "report/dashboard";
	}

	private String chartData(Dashboard dashboard, Map<String, String> names) {
		Summary summary = dashboard.summary();
		return this.json.writeValueAsString(Map.of("needs",
				Map.of("published", summary.needsPublished(), "matched", summary.needsMatched()), "directions",
				summary.byDirection()
					.stream()
					.map((d) -> Map.of("name", names.getOrDefault(d.direction(), d.direction()), "projects",
							d.projects(), "hours", d.verifiedHours()))
					.toList(),
				"months",
				dashboard.byMonth()
					.stream()
					.map((m) -> Map.of("month", m.month(), "hours", m.verifiedHours()))
					.toList(),
				"teams",
				dashboard.topTeams()
					.stream()
					.map((t) -> Map.of("name", t.team(), "hours", t.verifiedHours()))
					.toList()));
	}

}
