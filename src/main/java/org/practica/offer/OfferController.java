package org.practica.offer;

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
class OfferController {

	private final Offers offers;

	private final Directions directions;

	private final Organisations organisations;

	OfferController(Offers offers, Directions directions, Organisations organisations) {
		this.offers = offers;
		this.directions = directions;
		this.organisations = organisations;
	}

	@ModelAttribute("directionNames")
	java.util.Map<String, String> directionNames(Locale locale) {
		return this.directions.names(locale);
	}

	@GetMapping("/offers")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String direction, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) OfferStatus status, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
		String path = null;
		OfferStatus shown = status;
		if (mine && user != null && !user.managedPaths().isEmpty()) {
			path = user.managedPaths().get(0);
		}
		else if (shown == null) {
			shown = OfferStatus.PUBLISHED;
		}
		Page<Offer> offers = this.offers.search(user, new OfferSearch(shown, direction, teamId, path, q, from, to),
				Paging.of(page, 20, sort, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")),
						OfferApiController.SORTABLE));
		model.addAttribute("offers", offers);
		model.addAttribute("teams", teamNames(offers.getContent()));
		model.addAttribute("mine", mine);
		return "offer/list";
	}

	private java.util.Map<Long, String> teamNames(List<Offer> offers) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.organisations.all(offers.stream().map(Offer::getTeamId).distinct().toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	@GetMapping("/offers/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Offer offer = this.offers.get(user, id);
		model.addAttribute("offer", offer);
		model.addAttribute("team", this.organisations.get(offer.getTeamId()));
		model.addAttribute("manages", this.offers.manages(user, offer));
		return "offer/show";
	}

	@GetMapping("/offers/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organisation> teams = this.organisations.managed(user, OrganisationKind.TEAM);
		if (teams.isEmpty()) {
			throw Problem.forbidden();
		}
		String teamId = teams.size() == 1 ? teams.get(0).getId().toString() : null;
		model.addAttribute("form", new OfferRequest(teamId, null, null, List.of(), List.of(), 10, null, null, null,
				null, OfferRequest.DEFAULT_RADIUS_KM));
		return form(user, model, null);
	}

	@PostMapping("/offers")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OfferRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model, null);
		}
		try {
			Offer offer = this.offers.create(user, form);
			redirect.addFlashAttribute("flash", "offer.saved");
			return "redirect:/offers/" + offer.getId();
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, null);
		}
	}

	@GetMapping("/offers/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Offer n = this.offers.getManaged(user, id);
		model.addAttribute("form",
				new OfferRequest(n.getTeamId().toString(), n.getTitle(), n.getDescription(), n.getDirections(),
						n.getSkills(), n.getCapacity(), n.getAvailableFrom(), n.getAvailableTo(), n.getLatitude(),
						n.getLongitude(), n.getRadiusKm()));
		return form(user, model, n);
	}

	@PostMapping("/offers/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") OfferRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Offer offer = this.offers.getManaged(user, id);
		if (result.hasErrors()) {
			return form(user, model, offer);
		}
		try {
			this.offers.update(user, id, form);
			redirect.addFlashAttribute("flash", "offer.saved");
			return "redirect:/offers/" + id;
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, offer);
		}
	}

	@PostMapping("/offers/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.offers.publish(user, id);
		redirect.addFlashAttribute("flash", "offer.published");
		return "redirect:/offers/" + id;
	}

	@PostMapping("/offers/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.offers.close(user, id);
		redirect.addFlashAttribute("flash", "offer.closed");
		return "redirect:/offers/" + id;
	}

	@PostMapping("/offers/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.offers.cancel(user, id);
		redirect.addFlashAttribute("flash", "offer.cancelled");
		return "redirect:/offers/" + id;
	}

	private String form(CurrentUser user, Model model, Offer offer) {
		model.addAttribute("offer", offer);
		model.addAttribute("teams", this.organisations.managed(user, OrganisationKind.TEAM));
		model.addAttribute("directions", this.directions.all());
		return "offer/form";
	}

}
