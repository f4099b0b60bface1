package org.practica.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.project.Project;
import org.practica.project.ProjectPage;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of shifts and sign-ups: a project's shifts, a shift's roster, a student's
 * sign-ups, and the supervisors' view of the days ahead.
 */
@Controller
class SignupController {

	private final Signups signups;

	private final Projects projects;

	private final Accounts accounts;

	private final Clock clock;

	private final ZoneId zone;

	private final ProjectPage projectPage;

	private final CalendarFeeds feeds;

	SignupController(Signups signups, Projects projects, Accounts accounts, Clock clock, ProjectPage projectPage,
			CalendarFeeds feeds) {
		this.projectPage = projectPage;
		this.feeds = feeds;
		this.signups = signups;
		this.projects = projects;
		this.accounts = accounts;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.zone;
	}

	/** The shifts of a project, loaded into the project's page. */
	@GetMapping("/projects/{id}/shifts")
	String shifts(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Project project = this.projects.get(user, id);
		shiftsModel(user, project, model);
		return "signup/shifts";
	}

	/**
	 * A new shift from the form in the project's page. Sent by htmx, the answer is the
	 * shifts part again (with the new shift, or the form with its field messages); sent
	 * as a plain form, a refusal shows the whole project page with the form's messages.
	 */
	@PostMapping("/projects/{id}/shifts")
	String addShift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ShiftForm form, BindingResult result, Model model,
			RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Locale locale) {
		boolean partial = "true".equals(htmx);
		if (!result.hasErrors()) {
			try {
				this.signups.addShift(user, id, form.toRequest(this.zone));
				if (!partial) {
					redirect.addFlashAttribute("flash", "shift.added");
					return "redirect:/projects/" + id;
				}
				model.addAttribute("flash", "shift.added");
				model.addAttribute("form", newForm());
				return shifts(user, id, model);
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		if (partial) {
			return shifts(user, id, model);
		}
		Project project = this.projectPage.describe(user, id, model, locale);
		shiftsModel(user, project, model);
		return "project/show";
	}

	private void shiftsModel(CurrentUser user, Project project, Model model) {
		Long id = project.getId();
		List<Shift> shifts = this.signups.shiftsOf(user, id);
		Map<Long, Signup> mine = new HashMap<>();
		this.signups.mine(user)
			.stream()
			.filter(s -> s.getProjectId().equals(id) && s.getStatus() != SignupStatus.CANCELLED)
			.forEach(s -> mine.put(s.getShiftId(), s));
		model.addAttribute("project", project);
		model.addAttribute("shifts", shifts);
		model.addAttribute("mine", mine);
		model.addAttribute("manages", this.projects.manages(user, project));
		model.addAttribute("student", user.holds(Role.STUDENT));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", newForm());
		}
	}

	private ShiftForm newForm() {
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		return new ShiftForm(null, tomorrow.atTime(9, 0), tomorrow.atTime(12, 0), 10, null);
	}

	@GetMapping("/shifts/{id}")
	String shift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Shift shift = this.signups.shift(user, id);
		Project project = this.projects.get(user, shift.getProjectId());
		boolean manages = this.projects.manages(user, project);
		model.addAttribute("shift", shift);
		model.addAttribute("project", project);
		model.addAttribute("manages", manages);
		Signup mine = this.signups.mine(user)
			.stream()
			.filter(s -> s.getShiftId().equals(id) && s.getStatus() != SignupStatus.CANCELLED)
			.findFirst()
			.orElse(null);
		model.addAttribute("mine", mine);
		if (manages) {
			List<Signup> roster = this.signups.roster(user, id);
			model.addAttribute("roster", roster);
			model.addAttribute("people", this.accounts.byId(roster.stream().map(Signup::getStudentId).toList()));
		}
		model.addAttribute("student", user.holds(Role.STUDENT));
		model.addAttribute("open", !shift.hasEnded(this.clock.instant()));
		model.addAttribute("cutoffHours", this.signups.cancellationCutoff().toHours());
		model.addAttribute("tooLateToCancel", mine != null && this.signups.tooLateToCancel(mine));
		return "signup/shift";
	}

	@PostMapping("/shifts/{id}/signups")
	String signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		Signup signup = this.signups.signUp(user, id);
		redirect.addFlashAttribute("flash", signup.isConfirmed() ? "signup.confirmed" : "signup.waitlisted");
		return "redirect:/shifts/" + id;
	}

	@PostMapping("/signups/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		Signup signup = this.signups.cancel(user, id);
		redirect.addFlashAttribute("flash", signup.wasConfirmed() ? "signup.cancelled" : "signup.left-waitlist");
		return "redirect:/shifts/" + signup.getShiftId();
	}

	/**
	 * The student's sign-ups: shifts to come first, soonest first, then those that have
	 * ended; and their calendar feed.
	 */
	@GetMapping("/me/signups")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Signup> signups = this.signups.mine(user);
		Instant now = this.clock.instant();
		model.addAttribute("coming", signups.stream().filter(s -> s.getEndsAt().isAfter(now)).toList());
		model.addAttribute("past", signups.stream().filter(s -> !s.getEndsAt().isAfter(now)).toList());
		model.addAttribute("feedCreatedAt", this.feeds.createdAt(user).orElse(null));
		model.addAttribute("student", user.holds(Role.STUDENT));
		model.addAttribute("signups", signups);
		model.addAttribute("shifts", byId(signups.stream().map(Signup::getShiftId).distinct().toList()));
		model.addAttribute("projects", projectsById(signups.stream().map(Signup::getProjectId).distinct().toList()));
		model.addAttribute("now", now);
		return "signup/mine";
	}

	/**
	 * The supervisors' view: the shifts of their projects from today on, a week ahead.
	 */
	@GetMapping("/supervise")
	String supervise(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.isAdmin()) {
			throw Problem.forbidden();
		}
		List<Project> projects = this.projects.managedActive(user);
		Instant today = LocalDate.now(this.clock).atStartOfDay(this.zone).toInstant();
		List<Shift> shifts = this.signups.shiftsOfProjectsBetween(projects.stream().map(Project::getId).toList(), today,
				today.plus(java.time.Duration.ofDays(8)));
		model.addAttribute("shifts", shifts);
		model.addAttribute("projects", projectsById(projects.stream().map(Project::getId).toList()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "signup/supervise";
	}

	private Map<Long, Shift> byId(List<Long> ids) {
		Map<Long, Shift> shifts = new HashMap<>();
		ids.forEach(id -> this.signups.findShift(id).ifPresent(s -> shifts.put(id, s)));
		return shifts;
	}

	private Map<Long, Project> projectsById(List<Long> ids) {
		Map<Long, Project> projects = new HashMap<>();
		this.projects.all(ids).forEach(p -> projects.put(p.getId(), p));
		return projects;
	}

}
