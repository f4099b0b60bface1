package org.practica.evaluation;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.PlatformSettings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outcome reports and evaluations")
class EvaluationApiController {

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final EvaluationCriteria criteria;

	private final Projects projects;

	private final ZoneId zone;

	EvaluationApiController(Evaluations evaluations, Ratings ratings, EvaluationCriteria criteria, Projects projects,
			PlatformSettings platform) {
		this.zone = platform.zone();
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.criteria = criteria;
		this.projects = projects;
	}

	@Operation(summary = "Rate a completed project's team, community or student, once; blind until the other side has "
			+ "rated or the window (7 days after completion) has closed, and never changed afterwards")
	@PostMapping("/projects/{id}/evaluations")
	@ApiResponse(responseCode = "201", description = "The rating, as its rater sees it")
	ResponseEntity<EvaluationJson> rate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody RatingRequest request) {
		Evaluation evaluation = this.evaluations.rate(user, id,
				new Evaluations.Rating(request.about(), request.studentId(), request.scores(), request.comment()));
		ProjectRatings view = new ProjectRatings(this.evaluations.of(user, id), this.zone);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/evaluations"))
			.body(view.json(evaluation));
	}

	@Operation(summary = "A completed project's ratings as the caller sees them: their own side's, and the other "
			+ "side's once public; with what the caller may still rate")
	@GetMapping("/projects/{id}/evaluations")
	Map<String, Object> list(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		ProjectRatings view = new ProjectRatings(this.evaluations.of(user, id), this.zone);
		Map<String, Object> json = new LinkedHashMap<>();
		Project project = view.ratings().project();
		json.put("projectId", text(project.getId()));
		json.put("status", project.getStatus().name());
		json.put("completedAt",
				view.ratings().window() == null ? null : at(view.ratings().window().getCompletedAt(), this.zone));
		json.put("closesAt",
				view.ratings().window() == null ? null : at(view.ratings().window().getClosesAt(), this.zone));
		json.put("open", view.ratings().isOpen());
		json.put("mayRate",
				view.ratings()
					.mayRate()
					.stream()
					.map(s -> new SubjectJson(s.about().name(), text(s.id()), s.name(),
							this.criteria.of(s.about(), s.path()).stream().map(CriterionName::code).toList()))
					.toList());
		json.put("items", view.ratings().visible().stream().map(view::json).toList());
		return json;
	}

	@Operation(summary = "A team's or community's average per criterion and number of public ratings over the last "
			+ "year; other organisations: 404")
	@GetMapping("/organisations/{id}/ratings")
	SummaryJson ratings(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		return SummaryJson.of(this.ratings.of(id), this.criteria, locale, this.zone);
	}

	@Operation(summary = "The public ratings about the calling student, newest first")
	@GetMapping("/me/ratings")
	Map<String, Object> mine(@AuthenticationPrincipal CurrentUser user) {
		List<Evaluation> mine = this.evaluations.aboutStudent(user.id());
		Map<Long, Project> projects = new java.util.HashMap<>();
		this.projects.all(mine.stream().map(Evaluation::getProjectId).distinct().toList())
			.forEach(p -> projects.put(p.getId(), p));
		return Map.of("items", mine.stream().map(e -> {
			Map<String, Object> json = EvaluationJson.of(e, e.getPublishedAt(), null, this.zone).asMap();
			Project project = projects.get(e.getProjectId());
			json.put("projectTitle", project == null ? null : project.getTitle());
			return json;
		}).toList());
	}

	@Operation(summary = "An organisation's evaluation criteria: its own, or those it inherits (own=false)")
	@GetMapping("/organisations/{id}/evaluation-criteria")
	CriteriaJson criteria(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		return criteriaJson(id, locale);
	}

	@Operation(summary = "Replace an organisation's own evaluation criteria (its admins); an empty list inherits again")
	@PutMapping("/organisations/{id}/evaluation-criteria")
	CriteriaJson replace(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody CriteriaRequest request, Locale locale) {
		this.criteria.replace(user, id, request.about(), request.criteria());
		return criteriaJson(id, locale);
	}

	private CriteriaJson criteriaJson(Long id, Locale locale) {
		EvaluationCriteria.Chosen chosen = this.criteria.chosen(id, EvaluationCriteria.setFor(this.ratings.kindOf(id)));
		return new CriteriaJson(text(id), chosen.about().name(), chosen.own(),
				chosen.criteria()
					.stream()
					.map(c -> new CriterionJson(c.code(), c.name(), this.criteria.label(c, locale)))
					.toList());
	}

	record RatingRequest(String about, String studentId, Map<String, Object> scores, String comment) {
	}

	record CriteriaRequest(String about, List<EvaluationCriteria.Proposed> criteria) {
	}

	record SubjectJson(String about, String id, String name, List<String> criteria) {
	}

	record CriterionJson(String code, String name, String label) {
	}

	record CriteriaJson(String organisationId, String about, boolean own, List<CriterionJson> criteria) {
	}

	record AverageJson(String code, String label, double average, long count) {
	}

	record SummaryJson(String organisationId, String about, OffsetDateTime from, OffsetDateTime to, long count,
			Double average, List<AverageJson> criteria) {

		static SummaryJson of(Ratings.Summary s, EvaluationCriteria criteria, Locale locale, ZoneId zone) {
			return new SummaryJson(text(s.organisation().getId()), s.about().name(), at(s.from(), zone),
					at(s.to(), zone), s.count(), s.average() == null ? null : round(s.average()),
					s.criteria()
						.stream()
						.map(a -> new AverageJson(a.code(), criteria.label(a.code(), locale), round(a.average()),
								a.count()))
						.toList());
		}

	}

	/**
	 * An instant as the API writes it: to the second, with the offset of practica.zone.
	 */
	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return (instant == null) ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * A rating as the API shows it: {@code published} and {@code publishedAt} say whether
	 * the other side sees it; {@code waitingUntil} when it becomes public at the latest.
	 */
	record EvaluationJson(String id, String projectId, String about, String subjectId, String raterId, String raterRole,
			Map<String, Integer> scores, String comment, OffsetDateTime ratedAt, boolean published,
			OffsetDateTime publishedAt, OffsetDateTime waitingUntil) {

		static EvaluationJson of(Evaluation e, Instant publicSince, Instant closesAt, ZoneId zone) {
			return new EvaluationJson(text(e.getId()), text(e.getProjectId()), e.getAbout().name(),
					text(e.getSubjectId()), text(e.getRaterId()), e.getRaterRole().name(),
					new java.util.TreeMap<>(e.getScores()), e.getComment(), at(e.getRatedAt(), zone),
					publicSince != null, at(publicSince, zone), publicSince == null ? at(closesAt, zone) : null);
		}

		Map<String, Object> asMap() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("projectId", this.projectId);
			json.put("about", this.about);
			json.put("subjectId", this.subjectId);
			json.put("raterId", this.raterId);
			json.put("raterRole", this.raterRole);
			json.put("scores", this.scores);
			json.put("comment", this.comment);
			json.put("ratedAt", this.ratedAt);
			json.put("published", this.published);
			json.put("publishedAt", this.publishedAt);
			return json;
		}

	}

	/** A project's ratings for the API. */
	record ProjectRatings(Evaluations.ProjectRatings ratings, ZoneId zone) {

		EvaluationJson json(Evaluation e) {
			return EvaluationJson.of(e, this.ratings.publicSince(e), this.ratings.window().getClosesAt(), this.zone);
		}

	}

}
