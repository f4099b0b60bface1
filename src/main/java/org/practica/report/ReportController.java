package org.practica.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import tools.jackson.databind.ObjectMapper;

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

	/**
	 * The dashboard. A period the page cannot take (a date that is not one, or a start
	 * after the end) is named on the form, and the default period is shown meanwhile.
	 */
	@GetMapping("/reports")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model) {
		List<Organisation> choices = this.organisations.filterChoices(user);
		if (choices.isEmpty() && organisationId == null) {
			throw Problem.forbidden();
		}
		Long chosen = organisationId == null ? choices.get(0).getId() : organisationId;
		Map<String, String> periodErrors = new LinkedHashMap<>();
		LocalDate start = date("from", from, periodErrors);
		LocalDate end = date("to", to, periodErrors);
		Reports.Period period;
		try {
			period = periodErrors.isEmpty() ? this.reports.period(start, end) : this.reports.period(null, null);
		}
		catch (FieldProblem problem) {
			problem.errors().forEach(e -> periodErrors.put(e.field(), e.messageKey()));
			period = this.reports.period(null, null);
		}
		Dashboard dashboard = this.reports.dashboard(user, chosen, period);
		if (choices.stream().noneMatch((o) -> o.getId().equals(chosen))) {
			choices = Stream.concat(Stream.of(this.organisations.get(chosen)), choices.stream()).toList();
		}
		Map<String, String> names = this.directions.names(locale);
		model.addAttribute("choices", choices);
		model.addAttribute("organisationId", chosen);
		model.addAttribute("period", period);
		model.addAttribute("periodErrors", periodErrors);
		model.addAttribute("fromText", periodErrors.isEmpty() ? period.from().toString() : from);
		model.addAttribute("toText", periodErrors.isEmpty() ? period.to().toString() : to);
		model.addAttribute("summary", dashboard.summary());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("directionNames", names);
		model.addAttribute("chartData", chartData(dashboard, names));
		return "report/dashboard";
	}

	/** A date of the period as the form sent it: blank for the default, or ISO. */
	private static LocalDate date(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "field.date.invalid");
			return null;
		}
	}

	/**
	 * What the charts draw: each direction labelled by its own (finer) name, with its
	 * top-level name for the tooltip.
	 */
	private String chartData(Dashboard dashboard, Map<String, String> names) {
		Summary summary = dashboard.summary();
		return this.json.writeValueAsString(Map.of("needs",
				Map.of("published", summary.needsPublished(), "matched", summary.needsMatched()), "directions",
				dashboard.byDirection()
					.stream()
					.map((d) -> Map.of("name", names.getOrDefault(d.direction(), d.direction()), "top",
							names.getOrDefault(d.directionTop(), d.directionTop()), "projects", d.projects(), "hours",
							d.verifiedHours()))
					.toList(),
				"children",
				dashboard.children()
					.stream()
					.map((c) -> Map.of("name", c.name(), "hours", c.verifiedHours(), "projects", c.projects(),
							"students", c.students()))
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
