package org.practica.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;
import org.practica.project.Project;
import org.practica.project.Projects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of evaluations: a completed project's ratings and rating forms (loaded into
 * the project's page), a team's or community's averages (loaded into its page), a
 * student's ratings, and an organisation's criteria.
 */
@Controller
class EvaluationController {

	private static final String SCORE = "score.";

	private final Evaluations evaluations;

	private final Ratings ratings;

	private final EvaluationCriteria criteria;

	private final Projects projects;

	private final Organisations organisations;

	private final Accounts accounts;

	EvaluationController(Evaluations evaluations, Ratings ratings, EvaluationCriteria criteria, Projects projects,
			Organisations organisations, Accounts accounts) {
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.criteria = criteria;
		this.projects = projects;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@GetMapping("/projects/{id}/evaluations")
	String project(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Evaluations.ProjectRatings view = this.evaluations.of(user, id);
		Project project = view.project();
		Map<String, String> names = new HashMap<>();
		if (project.getTeamId() != null) {
			names.put("TEAM", this.organisations.get(project.getTeamId()).getName());
		}
		names.put("COMMUNITY", this.organisations.get(project.getCommunityId()).getName());
		Map<String, Map<String, String>> labels = new HashMap<>();
		List<Form> forms = new ArrayList<>();
		for (Evaluations.Subject s : view.mayRate()) {
			forms.add(new Form(s, this.criteria.labels(this.criteria.of(s.about(), s.path()), locale)));
		}
		List<Row> rows = new ArrayList<>();
		for (Evaluation e : view.visible()) {
			String subject = switch (e.getAbout()) {
				case TEAM -> names.get("TEAM");
				case COMMUNITY -> names.get("COMMUNITY");
				case STUDENT -> view.people().get(e.getSubjectId());
			};
			Map<String, String> known = labels.computeIfAbsent(e.getAbout() + ":" + e.getSubjectId(),
					k -> this.criteria.labels(this.criteria.of(e.getAbout(), path(e, project)), locale));
			List<String[]> scores = scores(e, known, locale);
			rows.add(new Row(e, view.people().get(e.getRaterId()), subject, e.getRaterId().equals(user.id()),
					view.publicSince(e), scores));
		}
		model.addAttribute("project", project);
		model.addAttribute("view", view);
		model.addAttribute("forms", forms);
		model.addAttribute("rows", rows);
		return "evaluation/project";
	}

	/** A rating from the project's page; a refusal goes back to it with the reason. */
	@PostMapping("/projects/{id}/evaluations")
	String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Object> scores = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(SCORE)) {
				scores.put(name.substring(SCORE.length()), value);
			}
		});
		Evaluation given = this.evaluations.rate(user, id,
				new Evaluations.Rating(form.get("about"), form.get("studentId"), scores, form.get("comment")));
		redirect.addFlashAttribute("flash",
				(given.getPublishedAt() != null) ? "evaluation.saved.public" : "evaluation.saved");
		return "redirect:/projects/" + id;
	}

	@GetMapping("/organisations/{id}/ratings")
	String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Ratings.Summary summary = this.ratings.of(id);
		model.addAttribute("summary", summary);
		model.addAttribute("labels", labels(summary, locale));
		model.addAttribute("manages", user.manages(summary.organisation()));
		return "evaluation/ratings";
	}

	@GetMapping("/me/ratings")
	String mine(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		List<Evaluation> mine = this.evaluations.aboutStudent(user.id());
		Map<Long, String> titles = new HashMap<>();
		this.projects.all(mine.stream().map(Evaluation::getProjectId).distinct().toList())
			.forEach(p -> titles.put(p.getId(), p.getTitle()));
		Map<Long, String> raters = new HashMap<>();
		this.accounts.byId(mine.stream().map(Evaluation::getRaterId).toList())
			.forEach((rid, a) -> raters.put(rid, a.getDisplayName()));
		Map<String, String> labels = this.criteria.labels(this.criteria.of(About.STUDENT, studentPath(user)), locale);
		List<Row> rows = new ArrayList<>();
		for (Evaluation e : mine) {
			List<String[]> scores = scores(e, labels, locale);
			rows.add(new Row(e, raters.get(e.getRaterId()), titles.get(e.getProjectId()), false, e.getPublishedAt(),
					scores));
		}
		model.addAttribute("rows", rows);
		return "evaluation/mine";
	}

	@GetMapping("/organisations/{id}/evaluation-criteria")
	String criteria(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Organisation organisation = this.organisations.getManaged(user, id);
		EvaluationCriteria.Chosen chosen = this.criteria.chosen(id, EvaluationCriteria.setFor(organisation.getKind()));
		List<String[]> rows = new ArrayList<>();
		chosen.criteria()
			.forEach(c -> rows
				.add(new String[] { c.code(), c.name() == null ? "" : c.name(), this.criteria.label(c, locale) }));
		while (rows.size() < EvaluationCriteria.MAX_CRITERIA) {
			rows.add(new String[] { "", "", "" });
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("chosen", chosen);
		model.addAttribute("rows", rows);
		model.addAttribute("defaults",
				this.criteria.defaults(chosen.about())
					.stream()
					.map(c -> c.code() + " " + this.criteria.label(c, locale))
					.toList());
		return "evaluation/criteria";
	}

	@PostMapping("/organisations/{id}/evaluation-criteria")
	String saveCriteria(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "code", required = false) List<String> codes,
			@RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(required = false) String inherit, RedirectAttributes redirect) {
		List<EvaluationCriteria.Proposed> proposed = new ArrayList<>();
		if (inherit == null && codes != null) {
			for (int i = 0; i < codes.size(); i++) {
				String name = (names != null && i < names.size()) ? names.get(i) : null;
				if (!codes.get(i).isBlank() || (name != null && !name.isBlank())) {
					proposed.add(new EvaluationCriteria.Proposed(codes.get(i), name));
				}
			}
		}
		this.criteria.replace(user, id, null, proposed);
		redirect.addFlashAttribute("flash", "evaluation.criteria.saved");
		return "redirect:/organisations/" + id + "/evaluation-criteria";
	}

	/**
	 * Each score's label and value: the criteria's order first, then codes no longer
	 * asked.
	 */
	private List<String[]> scores(Evaluation e, Map<String, String> labels, Locale locale) {
		List<String[]> scores = new ArrayList<>();
		labels.forEach((code, label) -> {
			Integer score = e.getScores().get(code);
			if (score != null) {
				scores.add(new String[] { label, String.valueOf(score) });
			}
		});
		new java.util.TreeMap<>(e.getScores()).forEach((code, score) -> {
			if (!labels.containsKey(code)) {
				scores.add(new String[] { this.criteria.label(code, locale), String.valueOf(score) });
			}
		});
		return scores;
	}

	private Map<String, String> labels(Ratings.Summary summary, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>(
				this.criteria.labels(this.criteria.of(summary.about(), summary.organisation().getPath()), locale));
		summary.criteria().forEach(a -> labels.putIfAbsent(a.code(), this.criteria.label(a.code(), locale)));
		return labels;
	}

	private String path(Evaluation e, Project project) {
		return switch (e.getAbout()) {
			case TEAM -> project.getTeamPath();
			case COMMUNITY -> project.getCommunityPath();
			case STUDENT -> this.accounts.find(e.getSubjectId()).map(EvaluationController::studentPath).orElse(null);
		};
	}

	private static String studentPath(Account account) {
		return account.getGrants()
			.stream()
			.filter(g -> g.role() == Role.STUDENT)
			.map(RoleGrant::organisationPath)
			.findFirst()
			.orElse(null);
	}

	private static String studentPath(CurrentUser user) {
		return user.grants()
			.stream()
			.filter(g -> g.role() == Role.STUDENT)
			.map(RoleGrant::organisationPath)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A rating form: what is rated and its criteria's labels by code.
	 *
	 * @param subject what is rated
	 * @param criteria the criteria's labels by code, in order
	 */
	record Form(Evaluations.Subject subject, Map<String, String> criteria) {
	}

	/**
	 * A rating as a page shows it.
	 *
	 * @param evaluation the rating
	 * @param rater the rater's name
	 * @param subject what it rates (the project's title on a student's own page)
	 * @param mine whether the reader gave it
	 * @param publicSince when it became public, or null while it waits
	 * @param scores each criterion's label and score
	 */
	record Row(Evaluation evaluation, String rater, String subject, boolean mine, Instant publicSince,
			List<String[]> scores) {
	}

}
