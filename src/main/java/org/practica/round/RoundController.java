package org.practica.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.signup.Shift;
import org.practica.support.FieldProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of matching rounds: the list, opening a round, and a round's page with its
 * criteria, the student's choices and result, and the admins' run and results.
 */
@Controller
class RoundController {

	private static final int PAGE = 20;

	private final Rounds rounds;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Projects projects;

	private final Clock clock;

	private final ZoneId zone;

	RoundController(Rounds rounds, Organisations organisations, Accounts accounts, Projects projects, Clock clock) {
		this.rounds = rounds;
		this.organisations = organisations;
		this.accounts = accounts;
		this.projects = projects;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@GetMapping("/rounds")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		List<MatchingRound> all = this.rounds.listFor(user);
		int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
		int shown = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("rounds", all.subList(shown * PAGE, Math.min(all.size(), (shown + 1) * PAGE)));
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("mayOpen", !owners(user).isEmpty());
		return "round/list";
	}

	@GetMapping("/rounds/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
			List<Organisation> owners = owners(user);
			model.addAttribute("form", new RoundForm(null, owners.isEmpty() ? null : owners.get(0).getId().toString(),
					List.of(), 3, tomorrow.atTime(9, 0), tomorrow.plusDays(7).atTime(18, 0)));
		}
		List<Shift> shifts = this.rounds.shiftChoices(user);
		model.addAttribute("owners", owners(user));
		model.addAttribute("shifts", shifts);
		model.addAttribute("projects", projectsOf(shifts));
		return "round/form";
	}

	@PostMapping("/rounds")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") RoundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MatchingRound round = this.rounds.create(user, form.toRequest(this.zone));
				redirect.addFlashAttribute("flash", "round.created");
				return "redirect:/rounds/" + round.getId();
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return form(user, model);
	}

	@GetMapping("/rounds/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		MatchingRound round = this.rounds.get(user, id);
		List<Shift> shifts = this.rounds.shifts(round);
		Map<Long, Shift> shiftsById = new HashMap<>();
		shifts.forEach(s -> shiftsById.put(s.getId(), s));
		boolean manages = this.rounds.manages(user, round);
		boolean student = user.holds(Role.STUDENT);
		model.addAttribute("round", round);
		model.addAttribute("status", round.status(this.clock.instant()));
		model.addAttribute("organisation", this.organisations.get(round.getOrganisationId()));
		model.addAttribute("shifts", shifts);
		model.addAttribute("shiftsById", shiftsById);
		model.addAttribute("projects", projectsOf(shifts));
		model.addAttribute("manages", manages);
		model.addAttribute("student", student);
		model.addAttribute("criteria", List.of(Criteria.SKILLS, Criteria.MAJOR, Criteria.DISTANCE,
				(int) Criteria.DISTANCE_LIMIT_KM, Criteria.AVAILABILITY));
		if (student) {
			List<Long> mine = this.rounds.preferenceOf(user, id).map(RoundPreference::getShiftIds).orElse(List.of());
			List<Long> choices = new ArrayList<>();
			for (int k = 0; k < round.getMaxChoices(); k++) {
				choices.add(k < mine.size() ? mine.get(k) : null);
			}
			model.addAttribute("choices", choices);
			model.addAttribute("waives",
					this.rounds.preferenceOf(user, id).map(RoundPreference::isWaivesPriority).orElse(false));
			model.addAttribute("openShifts", this.rounds.shiftsOpenTo(user, round));
			model.addAttribute("result", this.rounds.myResult(user, id));
		}
		if (manages && round.hasRun()) {
			List<RoundPreference> results = this.rounds.results(user, id);
			Map<Long, Account> people = this.accounts
				.byId(results.stream().map(RoundPreference::getStudentId).toList());
			model.addAttribute("results", results);
			model.addAttribute("people", people);
			model.addAttribute("fairness", round.fairness());
		}
		return "round/show";
	}

	@PostMapping("/rounds/{id}/preferences")
	String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "choice", required = false) List<String> choices,
			@RequestParam(name = "waivesPriority", defaultValue = "false") boolean waivesPriority,
			RedirectAttributes redirect) {
		List<String> ranked = choices == null ? List.of() : choices.stream().filter(c -> !c.isBlank()).toList();
		try {
			this.rounds.choose(user, id, ranked, waivesPriority);
			redirect.addFlashAttribute("flash", "round.choices.saved");
		}
		catch (FieldProblem problem) {
			FieldProblem.FieldError error = problem.errors().get(0);
			redirect.addFlashAttribute("roundError", error.messageKey());
			redirect.addFlashAttribute("roundErrorArguments", error.arguments());
		}
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/run")
	String run(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.rounds.run(user, id);
		redirect.addFlashAttribute("flash", "round.ran");
		return "redirect:/rounds/" + id;
	}

	private List<Organisation> owners(CurrentUser user) {
		return this.organisations.managed(user, OrganisationKind.UNIVERSITY, OrganisationKind.DISTRICT);
	}

	private Map<Long, Project> projectsOf(List<Shift> shifts) {
		Map<Long, Project> byId = new HashMap<>();
		this.projects.all(shifts.stream().map(Shift::getProjectId).distinct().toList())
			.forEach(p -> byId.put(p.getId(), p));
		return byId;
	}

}
