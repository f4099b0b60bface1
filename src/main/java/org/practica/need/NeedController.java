package org.practica.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

@Controller
class NeedController {

	private final Needs needs;

	private final Directions directions;

	private final Organisations organisations;

	NeedController(Needs needs, Directions directions, Organisations organisations) {
		this.needs = needs;
		this.directions = directions;
		this.organisations = organisations;
	}

	@ModelAttribute("directionNames")
	java.util.Map<String, String> directionNames(Locale locale) {
		return this.directions.names(locale);
	}

	@GetMapping("/needs")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String direction, @RequestParam(required = false) Long communityId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) NeedStatus status, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
		String path = null;
		NeedStatus shown = status;
		if (mine && user != null && !user.managedPaths().isEmpty()) {
			path = user.managedPaths().get(0);
		}
		else if (shown == null) {
			shown = NeedStatus.PUBLISHED;
		}
		Page<Need> needs = this.needs.search(user, new NeedSearch(shown, direction, communityId, path, q, from, to),
				Paging.of(page, 20, sort, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")),
						NeedApiController.SORTABLE));
		model.addAttribute("needs", needs);
		model.addAttribute("communities", communityNames(needs.getContent()));
		model.addAttribute("mine", mine);
		return "need/list";
	}

	private java.util.Map<Long, String> communityNames(List<Need> needs) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.organisations.all(needs.stream().map(Need::getCommunityId).distinct().toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	@GetMapping("/needs/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Need need = this.needs.get(user, id);
		model.addAttribute("need", need);
		model.addAttribute("community", this.organisations.get(need.getCommunityId()));
		model.addAttribute("manages", this.needs.manages(user, need));
		return "need/show";
	}

	@GetMapping("/needs/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organisation> communities = this.organisations.managed(user, OrganisationKind.COMMUNITY);
		if (communities.isEmpty()) {
			throw Problem.forbidden();
		}
		String communityId = communities.size() == 1 ? communities.get(0).getId().toString() : null;
		model.addAttribute("form",
				new NeedRequest(communityId, null, null, null, List.of(), null, null, null, null, null, 1));
		return form(user, model, null);
	}

	@PostMapping("/needs")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NeedRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model, null);
		}
		try {
			Need need = this.needs.create(user, form);
			redirect.addFlashAttribute("flash", "need.saved");
			return "redirect:/needs/" + need.getId();
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, null);
		}
	}

	@GetMapping("/needs/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Need n = this.needs.getManaged(user, id);
		model.addAttribute("form",
				new NeedRequest(n.getCommunityId().toString(), n.getTitle(), n.getDescription(), n.getDirection(),
						n.getSkills(), n.getAddress(), n.getLatitude(), n.getLongitude(), n.getStartDate(),
						n.getEndDate(), n.getHeadcount()));
		return form(user, model, n);
	}

	@PostMapping("/needs/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") NeedRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Need need = this.needs.getManaged(user, id);
		if (result.hasErrors()) {
			return form(user, model, need);
		}
		try {
			this.needs.update(user, id, form);
			redirect.addFlashAttribute("flash", "need.saved");
			return "redirect:/needs/" + id;
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, need);
		}
	}

	@PostMapping("/needs/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.needs.publish(user, id);
		redirect.addFlashAttribute("flash", "need.published");
		return "redirect:/needs/" + id;
	}

	@PostMapping("/needs/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.needs.close(user, id);
		redirect.addFlashAttribute("flash", "need.closed");
		return "redirect:/needs/" + id;
	}

	@PostMapping("/needs/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.needs.cancel(user, id);
		redirect.addFlashAttribute("flash", "need.cancelled");
		return "redirect:/needs/" + id;
	}

	private String form(CurrentUser user, Model model, Need need) {
		model.addAttribute("need", need);
		model.addAttribute("communities", this.organisations.managed(user, OrganisationKind.COMMUNITY));
		model.addAttribute("directions", this.directions.all());
		return "need/form";
	}

}
