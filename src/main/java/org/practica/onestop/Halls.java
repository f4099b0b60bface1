package org.practica.onestop;

import java.util.List;
import java.util.Optional;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residence halls of universities and who lives in each: a university's admins keep them;
 * services and announcements may reach one hall's residents only.
 */
@Service
@Transactional(readOnly = true)
public class Halls {

	private final HallRepository halls;

	private final Organisations organisations;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final jakarta.persistence.EntityManager entities;

	private final ApplicationEventPublisher events;

	Halls(HallRepository halls, Organisations organisations, Accounts accounts, JdbcClient jdbc,
			jakarta.persistence.EntityManager entities, ApplicationEventPublisher events) {
		this.halls = halls;
		this.organisations = organisations;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.entities = entities;
		this.events = events;
	}

	@Transactional
	public ResidenceHall create(CurrentUser by, Long universityId, String name) {
		Organisation university = this.organisations.getManaged(by, universityId);
		if (university.getKind() != OrganisationKind.UNIVERSITY) {
			throw FieldProblem.unprocessable("universityId", "onestop.hall.not-university");
		}
		if (name == null || name.isBlank()) {
			throw FieldProblem.invalid("name", "onestop.hall.name");
		}
		if (name.length() > 100) {
			throw FieldProblem.invalid("name", "onestop.hall.name-length", 100);
		}
		ResidenceHall hall = this.halls.save(new ResidenceHall(universityId, university.getPath(), name));
		this.events.publishEvent(new HallCreated(hall.getId(), universityId));
		return hall;
	}

	/** A student of the hall's university now lives in the hall (their admins say so). */
	@Transactional
	public void setResident(CurrentUser by, Long hallId, Long studentId) {
		ResidenceHall hall = managed(by, hallId);
		Account student = this.accounts.find(studentId)
			.filter(a -> a.holds(Role.STUDENT))
			.orElseThrow(() -> FieldProblem.unprocessable("studentId", "onestop.hall.not-student"));
		Organisation college = this.organisations.get(student.getOrganisationId());
		if (!college.getPath().startsWith(hall.getUniversityPath())) {
			throw FieldProblem.unprocessable("studentId", "onestop.hall.not-student");
		}
		// the rows written through JPA in this transaction go first: the insert below
		// refers to them
		this.entities.flush();
		this.jdbc.sql("delete from onestop_hall_resident where student_id = ?").params(studentId).update();
		this.jdbc.sql("insert into onestop_hall_resident (student_id, hall_id) values (?, ?)")
			.params(studentId, hallId)
			.update();
		this.events.publishEvent(new HallResidentSet(hallId, studentId));
	}

	public ResidenceHall managed(CurrentUser by, Long hallId) {
		ResidenceHall hall = this.halls.findById(hallId).orElseThrow(Problem::notFound);
		if (!by.manages(hall.getUniversityPath())) {
			throw Problem.notFound();
		}
		return hall;
	}

	public Optional<ResidenceHall> find(Long hallId) {
		return hallId == null ? Optional.empty() : this.halls.findById(hallId);
	}

	public List<ResidenceHall> ofUniversity(Long universityId) {
		return this.halls.findByUniversityIdOrderByName(universityId);
	}

	/** The hall the student lives in, if any. */
	public Optional<Long> hallOf(Long studentId) {
		return this.jdbc.sql("select hall_id from onestop_hall_resident where student_id = ?")
			.params(studentId)
			.query(Long.class)
			.optional();
	}

	/** The students living in the hall. */
	public List<Long> residents(Long hallId) {
		return this.jdbc.sql("select student_id from onestop_hall_resident where hall_id = ? order by student_id")
			.params(hallId)
			.query(Long.class)
			.list();
	}

	/**
	 * The students an organisation reaches: every college's students below it, or only a
	 * hall's residents among them.
	 */
	public List<Long> studentsOf(Organisation organisation, Long hallId) {
		List<Long> students = this.organisations.subtree(organisation)
			.stream()
			.filter(o -> o.getKind() == OrganisationKind.COLLEGE)
			.flatMap(c -> this.accounts.holding(Role.STUDENT, c.getPath()).stream())
			.distinct()
			.toList();
		if (hallId == null) {
			return students;
		}
		List<Long> residents = residents(hallId);
		return students.stream().filter(residents::contains).toList();
	}

}
