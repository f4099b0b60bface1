package org.practica.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;
import org.practica.project.Project;
import org.practica.project.Projects;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evidence the ledger and the projects give: a volunteer's verified hours in the year
 * and the projects they served; a team's or a project's verified hours and students.
 */
@Component
@Order(1)
class RecordsEvidence implements EvidenceSource {

	private final Hours hours;

	private final Projects projects;

	private final AwardFigures figures;

	RecordsEvidence(Hours hours, Projects projects, AwardFigures figures) {
		this.hours = hours;
		this.projects = projects;
		this.figures = figures;
	}

	@Override
	public List<Evidence> evidence(AwardCall call, AwardCategory category, Nominee nominee) {
		List<Evidence> lines = new ArrayList<>();
		LocalDate from = LocalDate.of(call.getYear(), 1, 1);
		LocalDate to = LocalDate.of(call.getYear(), 12, 31);
		switch (category) {
			case VOLUNTEER -> {
				lines.add(new Evidence("HOURS", "award.evidence.hours",
						AwardFigures.text(this.figures.volunteerHours(nominee.id(), call.getYear()))));
				for (VerifiedHours project : this.hours.verifiedFor(nominee.id(), from, to)) {
					lines.add(new Evidence("PROJECT", "award.evidence.project",
							project.projectTitle() + " · " + AwardFigures.text(AwardFigures.halfHours(project.hours()))
									+ " h (" + project.firstDay() + " – " + project.lastDay() + ")"));
				}
			}
			case ORGANISATION -> {
				lines.add(new Evidence("HOURS", "award.evidence.team-hours",
						AwardFigures.text(this.figures.teamHours(nominee.path(), call.getYear()))));
				lines.add(new Evidence("ACTIVE", "award.evidence.active-since",
						this.figures.activeSince(nominee.id()).toString()));
			}
			case PROJECT -> {
				Project project = this.projects.find(nominee.id()).orElseThrow();
				Map<Long, BigDecimal> verified = this.hours.verifiedByProject(List.of(project.getId()));
				Map<Long, Set<Long>> students = this.hours.studentsByProject(List.of(project.getId()));
				lines.add(new Evidence("HOURS", "award.evidence.project-hours", AwardFigures
					.text(AwardFigures.halfHours(verified.getOrDefault(project.getId(), BigDecimal.ZERO)))));
				lines.add(new Evidence("STUDENTS", "award.evidence.students",
						String.valueOf(students.getOrDefault(project.getId(), Set.of()).size())));
				lines.add(new Evidence("STATUS", "award.evidence.status",
						"project.status." + project.getStatus().name()));
			}
		}
		return lines;
	}

}
