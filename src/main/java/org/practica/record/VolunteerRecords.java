package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practica.award.AwardCalls;
import org.practica.award.AwardCategory;
import org.practica.certificate.Certificates;
import org.practica.direction.Directions;
import org.practica.directory.Account;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.evaluation.Evaluation;
import org.practica.evaluation.Evaluations;
import org.practica.hours.Hours;
import org.practica.hours.VerifiedHours;
import org.practica.project.Project;
import org.practica.project.Projects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a volunteer's record from the modules that keep its parts: the directory (the
 * person), the hours ledger (verified service), whatever keeps training
 * ({@link TrainingRecords}), recognition (awards) and evaluations (public ratings). The
 * volunteer reads their own; the admins over the volunteer's college read theirs, with
 * the ID number masked; anyone else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerRecords {

	private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

	private final Certificates certificates;

	private final Hours hours;

	private final Projects projects;

	private final Organisations organisations;

	private final Directions directions;

	private final AwardCalls awards;

	private final Evaluations evaluations;

	private final List<TrainingRecords> training;

	private final ZoneId zone;

	VolunteerRecords(Certificates certificates, Hours hours, Projects projects, Organisations organisations,
			Directions directions, AwardCalls awards, Evaluations evaluations, List<TrainingRecords> training) {
		this.certificates = certificates;
		this.hours = hours;
		this.projects = projects;
		this.organisations = organisations;
		this.directions = directions;
		this.awards = awards;
		this.evaluations = evaluations;
		this.training = List.copyOf(training);
		this.zone = certificates.zone();
	}

	/** Today, where certificates and records are dated. */
	public LocalDate today() {
		return this.certificates.today();
	}

	/** The student whose record the person may read: themselves, or one they manage. */
	public Account student(CurrentUser by, Long studentId) {
		return this.certificates.student(by, studentId);
	}

	/** The student's record as the person may read it, in the reader's language. */
	public VolunteerRecord of(CurrentUser by, Long studentId, Locale locale) {
		Account student = student(by, studentId);
		boolean own = by.id().equals(student.getId());
		Organisation college = this.organisations.get(student.getOrganisationId());
		Organisation university = this.organisations.get(college.rootId());
		VolunteerRecord.Person person = new VolunteerRecord.Person(student.getId(), student.getDisplayName(),
				student.getStudentNumber(), college.getName(), university.getName(),
				student.getIdType() == null ? null : student.getIdType().name(),
				own ? student.getIdNumber() : student.getMaskedIdNumber(), student.getVolunteerNumber());
		List<VolunteerRecord.Service> service = service(student.getId(), locale);
		BigDecimal total = service.stream()
			.map(VolunteerRecord.Service::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<TrainingRecord> trainings = new ArrayList<>();
		this.training.forEach(t -> trainings.addAll(t.of(student.getId())));
		trainings
			.sort(Comparator.comparing(TrainingRecord::completedOn, Comparator.nullsLast(Comparator.reverseOrder())));
		return new VolunteerRecord(person, service, total, !this.training.isEmpty(), trainings, awards(student.getId()),
				ratings(student.getId()));
	}

	private List<VolunteerRecord.Service> service(Long studentId, Locale locale) {
		List<VerifiedHours> verified = this.hours.verifiedFor(studentId, BEGINNING, this.certificates.today())
			.stream()
			.filter(h -> h.hours() != null && h.hours().signum() > 0)
			.toList();
		Map<Long, Project> projects = new HashMap<>();
		this.projects.all(verified.stream().map(VerifiedHours::projectId).distinct().toList())
			.forEach(p -> projects.put(p.getId(), p));
		Map<Long, String> communities = new HashMap<>();
		this.organisations.all(verified.stream().map(VerifiedHours::communityId).distinct().toList())
			.forEach(o -> communities.put(o.getId(), o.getName()));
		return verified.stream().map(h -> {
			Project project = projects.get(h.projectId());
			String direction = project == null || project.getDirection() == null ? null
					: this.directions.name(project.getDirection(), locale);
			return new VolunteerRecord.Service(h.projectId(), h.projectTitle(), direction,
					communities.get(h.communityId()), h.firstDay(), h.lastDay(), h.hours());
		}).toList();
	}

	private List<VolunteerRecord.Award> awards(Long studentId) {
		List<AwardCalls.Award> won = this.awards.awardsOf(AwardCategory.VOLUNTEER, studentId);
		Map<Long, String> names = new HashMap<>();
		this.organisations.all(won.stream().map(a -> a.call().getOrganisationId()).distinct().toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return won.stream()
			.map(a -> new VolunteerRecord.Award(a.call().getYear(), a.call().getTitle(),
					names.get(a.call().getOrganisationId())))
			.toList();
	}

	private List<VolunteerRecord.Rating> ratings(Long studentId) {
		List<Evaluation> received = this.evaluations.aboutStudent(studentId);
		Map<Long, String> titles = new HashMap<>();
		this.projects.all(received.stream().map(Evaluation::getProjectId).distinct().toList())
			.forEach(p -> titles.put(p.getId(), p.getTitle()));
		return received.stream()
			.map(e -> new VolunteerRecord.Rating(titles.get(e.getProjectId()), e.average(), e.getComment(),
					e.getPublishedAt() == null ? null : e.getPublishedAt().atZone(this.zone).toLocalDate()))
			.toList();
	}

}
