package org.practica.award;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.practica.evaluation.Evaluation;
import org.practica.evaluation.Evaluations;
import org.practica.evaluation.Ratings;
import org.practica.outcome.OutcomeReport;
import org.practica.outcome.OutcomeReports;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.PlatformSettings;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evidence the published ratings and outcome reports give: a volunteer's ratings by
 * communities in the year; a team's ratings over the last year and its reports of the
 * year; a project's reports. Only what is public already is drawn on.
 */
@Component
@Order(2)
class OutcomesAndRatingsEvidence implements EvidenceSource {

	/** How many report titles a nomination lists. */
	private static final int REPORTS = 5;

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final OutcomeReports reports;

	private final Projects projects;

	private final ZoneId zone;

	OutcomesAndRatingsEvidence(Evaluations evaluations, Ratings ratings, OutcomeReports reports, Projects projects,
			PlatformSettings platform) {
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.reports = reports;
		this.projects = projects;
		this.zone = platform.zone();
	}

	@Override
	public List<Evidence> evidence(AwardCall call, AwardCategory category, Nominee nominee) {
		LocalDate from = LocalDate.of(call.getYear(), 1, 1);
		LocalDate to = LocalDate.of(call.getYear(), 12, 31);
		List<Evidence> lines = new ArrayList<>();
		switch (category) {
			case VOLUNTEER -> {
				List<Evaluation> inYear = this.evaluations.aboutStudent(nominee.id())
					.stream()
					.filter(e -> LocalDate.ofInstant(e.getPublishedAt(), this.zone).getYear() == call.getYear())
					.toList();
				if (!inYear.isEmpty()) {
					double average = inYear.stream().mapToDouble(Evaluation::average).average().orElse(0);
					lines.add(new Evidence("RATINGS", "award.evidence.ratings", rated(average, inYear.size())));
				}
			}
			case ORGANISATION -> {
				Ratings.Summary summary = this.ratings.of(nominee.id());
				if (summary.count() > 0 && summary.average() != null) {
					lines.add(new Evidence("RATINGS", "award.evidence.ratings-year",
							rated(summary.average(), summary.count())));
				}
				this.reports.published(nominee.path(), from, to, REPORTS).forEach(r -> lines.add(report(r)));
			}
			case PROJECT -> {
				Project project = this.projects.find(nominee.id()).orElseThrow();
				this.reports.published(project.getTeamPath(), from, to, 1000)
					.stream()
					.filter(r -> r.getProjectId().equals(project.getId()))
					.limit(REPORTS)
					.forEach(r -> lines.add(report(r)));
			}
		}
		return lines;
	}

	private static String rated(double average, long count) {
		return String.format(Locale.ROOT, "%.2f / 5 × %d", average, count);
	}

	private static Evidence report(OutcomeReport report) {
		return new Evidence("REPORT", "award.evidence.report", report.getTitle() + " (" + report.getHappenedOn() + ")");
	}

}
