package org.practica.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.notice.Notices;
import org.practica.project.ProjectSearch;
import org.practica.project.ProjectStatus;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.data.domain.PageRequest;
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
 * The pages of awards: the calls, opening one, a call with its nominations (evidence and
 * the rule checklist), the nominate form, the shortlist, finalising, the awarded, and a
 * small panel of awards for organisation, dashboard and profile pages.
 */
@Controller
class AwardController {

	private static final int CHOICES_MAX = 200;

	private final AwardCalls calls;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Projects projects;

	private final Notices notices;

	AwardController(AwardCalls calls, Organisations organisations, Accounts accounts, Projects projects,
			Notices notices) {
		this.calls = calls;
		this.organisations = organisations;
		this.accounts = accounts;
		this.projects = projects;
		this.notices = notices;
	}

	@GetMapping("/award-calls")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<AwardCall> found = this.calls.listFor(user);
		model.addAttribute("calls", found);
		model.addAttribute("statuses", statuses(found));
		model.addAttribute("names", names(found.stream().map(AwardCall::getOrganisationId).toList()));
		model.addAttribute("mayCreate", !callers(user).isEmpty());
		return "award/list";
	}

	@GetMapping("/award-calls/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organisation> callers = callers(user);
		if (callers.isEmpty()) {
			throw Problem.forbidden();
		}
		if (!model.containsAttribute("form")) {
			LocalDate today = this.calls.today();
			model.addAttribute("form",
					new AwardRequest(callers.get(0).getId().toString(), today.getYear(), AwardCategory.VOLUNTEER, null,
							null, null, AwardCalls.DEFAULT_QUOTA, today, today.plusDays(14),
							AwardCalls.DEFAULT_NOTICE_DAYS));
		}
		model.addAttribute("callers", callers);
		model.addAttribute("categories", AwardCategory.values());
		return "award/form";
	}

	@PostMapping("/award-calls")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AwardRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AwardCall call = this.calls.create(user, form);
				redirect.addFlashAttribute("flash", "award.created");
				return "redirect:/award-calls/" + call.getId();
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return form(user, model);
	}

	@GetMapping("/award-calls/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		AwardCall call = this.calls.get(user, Ids.parse(id));
		List<Nomination> nominations = this.calls.nominations(user, call);
		model.addAttribute("call", call);
		model.addAttribute("status", status(call));
		model.addAttribute("organisation", this.organisations.get(call.getOrganisationId()));
		model.addAttribute("nominations", nominations);
		model.addAttribute("nominators",
				names(nominations.stream().map(Nomination::getNominatingOrganisationId).distinct().toList()));
		model.addAttribute("manages", this.calls.manages(user, call));
		model.addAttribute("nominees", nominees(user, call));
		model.addAttribute("mayNominate", !this.calls.nominatingOrganisations(user, call).isEmpty()
				&& call.takesNominationsOn(this.calls.today()) && call.getNoticeId() == null);
		model.addAttribute("notice", call.getNoticeId() == null ? null : this.notices.get(call.getNoticeId()));
		model.addAttribute("noticeState",
				call.getNoticeId() == null ? null : this.notices.outcome(call.getNoticeId()).state());
		return "award/show";
	}

	@GetMapping("/award-calls/{id}/nominate")
	String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String nomineeId, Model model) {
		AwardCall call = this.calls.get(user, Ids.parse(id));
		model.addAttribute("call", call);
		model.addAttribute("check", this.calls.check(user, call.getId(), nomineeId));
		return "award/nominate";
	}

	@PostMapping("/award-calls/{id}/nominations")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String nomineeId, @RequestParam(required = false) String statement,
			RedirectAttributes redirect) {
		Long callId = Ids.parse(id);
		this.calls.nominate(user, callId, nomineeId, statement);
		redirect.addFlashAttribute("flash", "award.nominated");
		return "redirect:/award-calls/" + callId;
	}

	@PostMapping("/award-calls/{id}/shortlist")
	String shortlist(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "nominationIds", required = false) List<String> nominationIds,
			RedirectAttributes redirect) {
		Long callId = Ids.parse(id);
		this.calls.shortlist(user, callId, nominationIds);
		redirect.addFlashAttribute("flash", "award.shortlisted");
		return "redirect:/award-calls/" + callId;
	}

	@PostMapping("/award-calls/{id}/finalise")
	String finalise(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		Long callId = Ids.parse(id);
		this.calls.finalise(user, callId);
		redirect.addFlashAttribute("flash", "award.finalised");
		return "redirect:/award-calls/" + callId + "/awarded";
	}

	@GetMapping("/award-calls/{id}/awarded")
	String awarded(@PathVariable String id, Model model) {
		AwardCall call = this.calls.finalisedCall(Ids.parse(id));
		model.addAttribute("call", call);
		model.addAttribute("organisation", this.organisations.get(call.getOrganisationId()));
		model.addAttribute("awarded", this.calls.awarded(call));
		return "award/awarded";
	}

	/**
	 * The awards of an organisation's subtree, or of a student: a panel other pages load.
	 */
	@GetMapping("/awards/panel")
	String panel(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Long studentId,
			Model model) {
		List<AwardCalls.Award> awards;
		if (studentId != null) {
			awards = this.calls.awardsOf(AwardCategory.VOLUNTEER, studentId);
		}
		else if (organisationId != null) {
			awards = this.calls.awardsInside(this.organisations.get(organisationId).getPath(), 20);
		}
		else {
			awards = List.of();
		}
		model.addAttribute("awards", awards);
		return "award/panel-page";
	}

	/**
	 * The organisations the person may open calls for: those it manages, in tree order.
	 */
	private List<Organisation> callers(CurrentUser user) {
		if (!user.isAdmin()) {
			return List.of();
		}
		return this.organisations
			.managed(user, OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE, OrganisationKind.DISTRICT,
					OrganisationKind.STREET)
			.stream()
			.sorted(java.util.Comparator.comparing(Organisation::getPath))
			.limit(CHOICES_MAX)
			.toList();
	}

	/** Who the person may nominate to the call, by id and name. */
	private Map<Long, String> nominees(CurrentUser user, AwardCall call) {
		Map<Long, String> found = new LinkedHashMap<>();
		for (Organisation organisation : this.calls.nominatingOrganisations(user, call)) {
			switch (call.getCategory()) {
				case VOLUNTEER -> this.accounts.search(user, organisation.getId(), null, PageRequest.of(0, CHOICES_MAX))
					.stream()
					.filter(a -> a.holds(Role.STUDENT))
					.forEach(a -> found.putIfAbsent(a.getId(), a.getDisplayName() + " · " + a.getUsername()));
				case ORGANISATION -> this.organisations.subtree(organisation)
					.stream()
					.filter(o -> o.getKind() == OrganisationKind.TEAM)
					.forEach(o -> found.putIfAbsent(o.getId(), o.getName()));
				case PROJECT -> this.projects
					.search(user, new ProjectSearch(null, null, organisation.getPath(), ProjectStatus.COMPLETED, null),
							PageRequest.of(0, CHOICES_MAX))
					.forEach(p -> found.putIfAbsent(p.getId(), p.getTitle()));
			}
		}
		return found;
	}

	private String status(AwardCall call) {
		if (call.isFinalised()) {
			return "FINALISED";
		}
		if (call.getNoticeId() != null) {
			return "NOTICE";
		}
		return call.getNominationsClose().isBefore(this.calls.today()) ? "WAITING" : "NOMINATING";
	}

	private Map<Long, String> statuses(List<AwardCall> calls) {
		Map<Long, String> statuses = new LinkedHashMap<>();
		calls.forEach(c -> statuses.put(c.getId(), status(c)));
		return statuses;
	}

	private Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.organisations.all(new ArrayList<>(ids.stream().distinct().toList()))
			.forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

}
