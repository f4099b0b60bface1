package org.practica.onestop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety education: courses with a quiz; a pass records one completion per student and
 * course (a retake after it adds none); a college sees who has not completed a required
 * course and reminds them.
 */
@Service
@Transactional(readOnly = true)
public class Courses {

	private final CourseRepository courses;

	private final CompletionRepository completions;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Halls halls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Courses(CourseRepository courses, CompletionRepository completions, Organisations organisations, Accounts accounts,
			Halls halls, ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.completions = completions;
		this.organisations = organisations;
		this.accounts = accounts;
		this.halls = halls;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Course offer(CurrentUser by, CourseRequest request) {
		Organisation organisation = this.organisations
			.get(Bookings.parseId("organisationId", request.organisationId()));
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		if (organisation.getKind() != OrganisationKind.UNIVERSITY
				&& organisation.getKind() != OrganisationKind.COLLEGE) {
			throw FieldProblem.unprocessable("organisationId", "onestop.service.not-university");
		}
		List<Question> questions = questions(request);
		Course course = this.courses.save(new Course(organisation.getId(), organisation.getPath(), request.title(),
				request.content(), request.passMark(), request.required(), request.deadline(), questions));
		this.events.publishEvent(new CourseOffered(course.getId(), organisation.getId()));
		return course;
	}

	/**
	 * Revises a course the person manages (404 for others): a new version with the new
	 * content and quiz; its organisation stays.
	 */
	@Transactional
	public Course revise(CurrentUser by, Long courseId, CourseRequest request) {
		Course course = this.courses.findById(courseId).orElseThrow(Problem::notFound);
		if (!by.manages(course.getOrganisationPath())) {
			throw Problem.notFound();
		}
		course.revise(request.title(), request.content(), request.passMark(), request.required(), request.deadline(),
				questions(request));
		this.events
			.publishEvent(new CourseRevised(course.getId(), course.getOrganisationId(), course.getCourseVersion()));
		return course;
	}

	/** The course as its admins edit it: 404 for anyone else. */
	public Course managedCourse(CurrentUser by, Long courseId) {
		Course course = this.courses.findById(courseId).orElseThrow(Problem::notFound);
		if (!by.manages(course.getOrganisationPath())) {
			throw Problem.notFound();
		}
		return course;
	}

	private static List<Question> questions(CourseRequest request) {
		if (request.required() && request.deadline() == null) {
			throw FieldProblem.invalid("deadline", "onestop.course.deadline");
		}
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < request.questions().size(); i++) {
			CourseRequest.QuestionRequest q = request.questions().get(i);
			if (q.answer() >= q.options().size()) {
				throw FieldProblem.invalid("questions[" + i + "].answer", "onestop.course.answer");
			}
			// the options are kept one a line in a column of 4,000 characters
			for (String option : q.options()) {
				if (option.strip().length() > 480 || option.strip().contains("\n")) {
					throw FieldProblem.invalid("questions[" + i + "].options", "onestop.course.question.option-size");
				}
			}
			if (String.join("\n", q.options()).length() > 4000) {
				throw FieldProblem.invalid("questions[" + i + "].options", "onestop.course.options-length", i + 1,
						4000);
			}
			questions.add(new Question(q.text(), q.options(), q.answer()));
		}
		return questions;
	}

	/** The course, for its organisation's students and admins. */
	public Course course(CurrentUser by, Long courseId) {
		Course course = this.courses.findById(courseId).orElseThrow(Problem::notFound);
		if (!by.manages(course.getOrganisationPath()) && !isStudentOf(by, course)) {
			throw Problem.notFound();
		}
		return course;
	}

	/**
	 * A student answers the quiz: the score, and on the first pass a completion with the
	 * course's version; a retake after passing records nothing more.
	 */
	@Transactional
	public Attempt attempt(CurrentUser student, Long courseId, List<Integer> answers) {
		return attempt(student, courseId, null, answers);
	}

	/**
	 * The answers to the version of the course the student read: when the course has been
	 * revised since (another version given), 409 and nothing is scored.
	 */
	@Transactional
	public Attempt attempt(CurrentUser student, Long courseId, Integer courseVersion, List<Integer> answers) {
		Course course = this.courses.findById(courseId).orElseThrow(Problem::notFound);
		if (!isStudentOf(student, course)) {
			throw Problem.notFound();
		}
		if (courseVersion != null && courseVersion != course.getCourseVersion()) {
			throw Problem.conflict("onestop.course.revised-meanwhile");
		}
		if (answers == null || answers.size() != course.getQuestions().size()) {
			throw FieldProblem.invalid("answers", "onestop.course.answers", course.getQuestions().size());
		}
		int score = course.score(answers);
		boolean passed = course.passes(score);
		this.accounts.lock(student.id());
		Optional<Completion> completion = this.completions.findByCourseIdAndStudentId(courseId, student.id());
		if (passed && completion.isEmpty()) {
			Completion made = this.completions.save(new Completion(course, student.id(), score, this.clock.instant()));
			this.events.publishEvent(new CourseCompleted(courseId, student.id(), course.getCourseVersion(), score));
			completion = Optional.of(made);
		}
		return new Attempt(score, passed, completion.orElse(null));
	}

	/** The courses a student takes. */
	public List<Course> forStudent(CurrentUser student) {
		return this.courses.forPath(collegePath(student));
	}

	public Map<Long, Completion> completionsOf(CurrentUser student) {
		return this.completions.findByStudentIdOrderByCompletedAt(student.id())
			.stream()
			.collect(Collectors.toMap(Completion::getCourseId, c -> c, (a, b) -> a));
	}

	/** The courses of a subtree the person manages. */
	public List<Course> managed(CurrentUser by, Organisation organisation) {
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		return this.courses.within(organisation.getPath());
	}

	/**
	 * How many of an organisation's students (a college, or a whole university) completed
	 * the course, and who has not.
	 */
	public CompletionRate rate(CurrentUser by, Long courseId, Long organisationId) {
		Course course = this.courses.findById(courseId).orElseThrow(Problem::notFound);
		Organisation organisation = this.organisations
			.get(organisationId == null ? course.getOrganisationId() : organisationId);
		if (!by.manages(organisation)) {
			throw Problem.notFound();
		}
		if (!organisation.getPath().startsWith(course.getOrganisationPath())
				&& !course.getOrganisationPath().startsWith(organisation.getPath())) {
			throw Problem.notFound();
		}
		Organisation scope = organisation.getPath().startsWith(course.getOrganisationPath()) ? organisation
				: this.organisations.get(course.getOrganisationId());
		List<Long> students = this.halls.studentsOf(scope, null);
		Set<Long> done = this.completions.findByCourseIdAndStudentIdIn(courseId, students)
			.stream()
			.map(Completion::getStudentId)
			.collect(Collectors.toSet());
		Map<Long, Account> people = this.accounts.byId(students.stream().filter(s -> !done.contains(s)).toList());
		List<Account> missing = people.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Account::getUsername))
			.toList();
		boolean overdue = course.getDeadline() != null && LocalDate.now(this.clock).isAfter(course.getDeadline());
		return new CompletionRate(course, students.size(), done.size(), missing, overdue);
	}

	/**
	 * Reminds the organisation's students who have not completed the course; how many.
	 */
	@Transactional
	public int remind(CurrentUser by, Long courseId, Long organisationId) {
		CompletionRate rate = rate(by, courseId, organisationId);
		List<Long> ids = rate.missing().stream().map(Account::getId).toList();
		if (!ids.isEmpty()) {
			this.events.publishEvent(new CourseReminderSent(courseId, rate.course().getTitle(), ids));
		}
		return ids.size();
	}

	private boolean isStudentOf(CurrentUser user, Course course) {
		return user.holds(Role.STUDENT) && course.isFor(collegePath(user));
	}

	private String collegePath(CurrentUser student) {
		return student.organisationId() == null ? "-" : this.organisations.get(student.organisationId()).getPath();
	}

}
