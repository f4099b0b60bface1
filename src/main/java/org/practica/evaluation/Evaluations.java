package org.practica.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;
import org.practica.hours.Hours;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations both ways once a project has completed. The community admin rates the team
 * and may rate each student with verified hours on the project; the team leader, and each
 * such student, rate the community. Once per rater and subject, while the project's
 * window is open; a rating never changes once given. Blind until both have spoken: see
 * {@link Evaluation#publishWith} and {@link Viewer}.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	static final int MAX_COMMENT = 2000;

	private final EvaluationRepository evaluations;

	private final RatingWindows windows;

	private final EvaluationCriteria criteria;

	private final Projects projects;

	private final Hours hours;

	private final Accounts accounts;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(EvaluationRepository evaluations, RatingWindows windows, EvaluationCriteria criteria, Projects projects,
			Hours hours, Accounts accounts, Organisations organisations, ApplicationEventPublisher events,
			Clock clock) {
		this.evaluations = evaluations;
		this.windows = windows;
		this.criteria = criteria;
		this.projects = projects;
		this.hours = hours;
		this.accounts = accounts;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives a rating. 404 when the person cannot see the project; 403 when they are no
	 * party who may rate that subject (a student without verified hours on it); 400 for
	 * missing, unknown or out-of-range scores; 409 before completion, after the window
	 * closed, or when they rated the subject already.
	 */
	@Transactional
	public Evaluation rate(CurrentUser by, Long projectId, Rating rating) {
		Project project = this.projects.get(by, projectId);
		About about = parseAbout(rating.about());
		Subject subject = subject(by, project, about, rating.studentId());
		Map<String, Integer> scores = validScores(rating.scores(), about, subject);
		String comment = (rating.comment() == null || rating.comment().isBlank()) ? null : rating.comment().strip();
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw FieldProblem.invalid("comment", "evaluation.comment.too-long", MAX_COMMENT);
		}
		if (!project.isCompleted()) {
			throw Problem.conflict("evaluation.not-completed");
		}
		RatingWindow window = this.windows.locked(project);
		Instant now = this.clock.instant();
		window.requireOpen(now);
		if (this.evaluations.existsByProjectIdAndRaterIdAndAboutAndSubjectId(projectId, by.id(), about, subject.id())) {
			throw Problem.conflict("evaluation.given");
		}
		Evaluation evaluation = new Evaluation(projectId, by.id(), subject.role(), about, subject.id(), scores, comment,
				now);
		List<Evaluation> pair = this.evaluations.findByProjectIdAndPairKey(projectId, evaluation.getPairKey());
		evaluation.requireSideFree(pair);
		try {
			evaluation = this.evaluations.saveAndFlush(evaluation);
		}
		catch (DataIntegrityViolationException ex) {
			throw Problem.conflict("evaluation.given");
		}
		this.events.publishEvent(EvaluationGiven.of(evaluation));
		for (Evaluation published : evaluation.publishWith(pair, now)) {
			this.events.publishEvent(EvaluationPublished.of(published));
		}
		return evaluation;
	}

	/**
	 * A completed project's ratings as this person may see them, and what they may still
	 * rate. 404 when they cannot see the project.
	 */
	public ProjectRatings of(CurrentUser by, Long projectId) {
		Project project = this.projects.get(by, projectId);
		Instant now = this.clock.instant();
		if (!project.isCompleted()) {
			return new ProjectRatings(project, null, now, List.of(), List.of(), Map.of());
		}
		RatingWindow window = this.windows.of(project);
		Viewer viewer = Viewer.of(by, window);
		List<Evaluation> all = this.evaluations.findByProjectIdOrderByRatedAtAscIdAsc(projectId);
		List<Evaluation> visible = all.stream().filter(e -> viewer.sees(e, window, now)).toList();
		List<Subject> open = new ArrayList<>();
		if (window.isOpen(now)) {
			for (Subject s : mayRate(by, project)) {
				if (all.stream()
					.noneMatch(e -> e.getRaterId().equals(by.id()) && e.getAbout() == s.about()
							&& e.getSubjectId().equals(s.id()))) {
					open.add(s);
				}
			}
		}
		Map<Long, String> names = names(project, visible);
		return new ProjectRatings(project, window, now, visible, open, names);
	}

	/** The public ratings of the student, newest first. */
	public List<Evaluation> aboutStudent(Long studentId) {
		return this.evaluations
			.findByAboutAndSubjectIdAndPublishedAtIsNotNullOrderByPublishedAtDescIdDesc(About.STUDENT, studentId);
	}

	/**
	 * The subjects this person may rate on the completed project, whether or not they
	 * have.
	 */
	List<Subject> mayRate(CurrentUser by, Project project) {
		List<Subject> subjects = new ArrayList<>();
		if (isCommunityAdmin(by, project)) {
			if (project.getTeamId() != null) {
				subjects.add(new Subject(About.TEAM, project.getTeamId(), RaterRole.COMMUNITY_ADMIN,
						this.organisations.get(project.getTeamId()).getName(), project.getTeamPath()));
			}
			Map<Long, BigDecimal> served = this.hours.verifiedByStudent(project.getId());
			Map<Long, Account> students = this.accounts.byId(served.keySet());
			served.keySet()
				.stream()
				.map(students::get)
				.filter(a -> a != null)
				.forEach(a -> subjects.add(new Subject(About.STUDENT, a.getId(), RaterRole.COMMUNITY_ADMIN,
						a.getDisplayName(), studentPath(a))));
		}
		Optional<RaterRole> forCommunity = communityRater(by, project);
		forCommunity.ifPresent(role -> subjects.add(new Subject(About.COMMUNITY, project.getCommunityId(), role,
				this.organisations.get(project.getCommunityId()).getName(), project.getCommunityPath())));
		return subjects;
	}

	private Subject subject(CurrentUser by, Project project, About about, String studentId) {
		switch (about) {
			case TEAM -> {
				requireCommunityAdmin(by, project);
				if (project.getTeamId() == null) {
					throw FieldProblem.unprocessable("about", "evaluation.about.no-team");
				}
				return new Subject(About.TEAM, project.getTeamId(), RaterRole.COMMUNITY_ADMIN, null,
						project.getTeamPath());
			}
			case STUDENT -> {
				requireCommunityAdmin(by, project);
				if (studentId == null || studentId.isBlank()) {
					throw FieldProblem.invalid("studentId", "evaluation.student.required");
				}
				Long id = parseId(studentId);
				Account student = (id == null) ? null : this.accounts.find(id).orElse(null);
				if (student == null || !this.hours.hasVerifiedHours(project.getId(), student.getId())) {
					throw FieldProblem.unprocessable("studentId", "evaluation.student.no-hours");
				}
				return new Subject(About.STUDENT, student.getId(), RaterRole.COMMUNITY_ADMIN, null,
						studentPath(student));
			}
			default -> {
				RaterRole role = communityRater(by, project).orElseThrow(Problem::forbidden);
				return new Subject(About.COMMUNITY, project.getCommunityId(), role, null, project.getCommunityPath());
			}
		}
	}

	private Map<String, Integer> validScores(Map<String, Object> given, About about, Subject subject) {
		Map<String, Object> scores = (given == null) ? Map.of() : given;
		List<CriterionName> asked = this.criteria.of(about, subject.path());
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		Map<String, Integer> valid = new LinkedHashMap<>();
		for (CriterionName criterion : asked) {
			Object value = scores.get(criterion.code());
			String field = "scores." + criterion.code();
			if (value == null || (value instanceof String text && text.isBlank())) {
				errors.add(new FieldProblem.FieldError(null, field, "evaluation.score.required",
						new Object[] { criterion.code() }));
			}
			else {
				Integer score = score(value);
				if (score == null || score < 1 || score > 5) {
					errors.add(new FieldProblem.FieldError(null, field, "evaluation.score.range",
							new Object[] { criterion.code() }));
				}
				else {
					valid.put(criterion.code(), score);
				}
			}
		}
		for (String code : scores.keySet()) {
			if (asked.stream().noneMatch(c -> c.code().equals(code))) {
				errors.add(new FieldProblem.FieldError(null, "scores." + code, "evaluation.score.unknown",
						new Object[] { code }));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		return valid;
	}

	/** A whole number, from JSON or a form; null for anything else (3.5, "abc"). */
	private static Integer score(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			long n = ((Number) value).longValue();
			return (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) ? null : (int) n;
		}
		if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
			return Integer.valueOf(text.strip());
		}
		return null;
	}

	private static About parseAbout(String text) {
		if (text == null || text.isBlank()) {
			throw FieldProblem.invalid("about", "evaluation.about.required");
		}
		try {
			return About.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw FieldProblem.invalid("about", "evaluation.about.invalid");
		}
	}

	private static Long parseId(String text) {
		try {
			return Ids.parse(text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void requireCommunityAdmin(CurrentUser by, Project project) {
		if (!isCommunityAdmin(by, project)) {
			throw Problem.forbidden();
		}
	}

	/** Whether the person is an admin of the project's community itself. */
	static boolean isCommunityAdmin(CurrentUser by, Project project) {
		return holds(by, Role.COMMUNITY_ADMIN, project.getCommunityId());
	}

	/**
	 * As whom the person may rate the project's community: its team's leader, or a
	 * student with verified hours on it; empty when neither.
	 */
	private Optional<RaterRole> communityRater(CurrentUser by, Project project) {
		if (project.getTeamId() != null && holds(by, Role.TEAM_LEADER, project.getTeamId())) {
			return Optional.of(RaterRole.TEAM_LEADER);
		}
		if (by.holds(Role.STUDENT) && this.hours.hasVerifiedHours(project.getId(), by.id())) {
			return Optional.of(RaterRole.STUDENT);
		}
		return Optional.empty();
	}

	private static boolean holds(CurrentUser by, Role role, Long organisationId) {
		return by.grants().stream().anyMatch(g -> g.role() == role && organisationId.equals(g.organisationId()));
	}

	private static String studentPath(Account student) {
		return student.getGrants()
			.stream()
			.filter(g -> g.role() == Role.STUDENT)
			.map(RoleGrant::organisationPath)
			.findFirst()
			.orElse(null);
	}

	/** The names of the people and organisations these ratings name, by id. */
	private Map<Long, String> names(Project project, List<Evaluation> shown) {
		Map<Long, String> names = new HashMap<>();
		List<Long> people = new ArrayList<>();
		shown.forEach(e -> {
			people.add(e.getRaterId());
			if (e.getAbout() == About.STUDENT) {
				people.add(e.getSubjectId());
			}
		});
		this.accounts.byId(people).forEach((id, a) -> names.put(id, a.getDisplayName()));
		return names;
	}

	/**
	 * A rating as given through the API or a page.
	 *
	 * @param about TEAM, COMMUNITY or STUDENT
	 * @param studentId the student, when about a student
	 * @param scores the score of each criterion by code: whole numbers 1–5
	 * @param comment a comment, or null
	 */
	public record Rating(String about, String studentId, Map<String, Object> scores, String comment) {
	}

	/**
	 * Something a person may rate.
	 *
	 * @param about what it is
	 * @param id the team, community or student
	 * @param role as whom the person rates it
	 * @param name its name
	 * @param path the path its criteria are chosen by (a student's college)
	 */
	public record Subject(About about, Long id, RaterRole role, String name, String path) {
	}

	/**
	 * A project's ratings as one person sees them.
	 *
	 * @param project the project
	 * @param window its rating window; null while it is not completed
	 * @param now the moment they look
	 * @param visible the ratings they see
	 * @param mayRate what they may still rate
	 * @param people the names of the raters and students named, by account id
	 */
	public record ProjectRatings(Project project, RatingWindow window, Instant now, List<Evaluation> visible,
			List<Subject> mayRate, Map<Long, String> people) {

		/** Whether the rating is public now. */
		public boolean isPublic(Evaluation evaluation) {
			return evaluation.isPublic(this.window, this.now);
		}

		/** When the rating became public, or null. */
		public Instant publicSince(Evaluation evaluation) {
			return evaluation.publicSince(this.window, this.now);
		}

		public boolean isOpen() {
			return this.window != null && this.window.isOpen(this.now);
		}

	}

}
