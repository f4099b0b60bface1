package org.practica.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a kind of listing, under its path: the list, one listing, its form and its
 * steps. The kind's templates ({@code need/list.html}, ...) fill the shared ones under
 * {@code listing/} with what only that kind shows.
 *
 * @param <T> the listing
 * @param <R> what its form holds
 */
public abstract class ListingController<T extends Listing, R extends ListingRequest> {

	private final Listings<T, R> listings;

	private final Directions directions;

	private final Organisations organisations;

	private final Function<String, R> blank;

	private final Function<T, R> request;

	private final ListingKind kind;

	/**
	 * @param blank the form of a new listing, of the given owner when there is only one
	 * to choose
	 * @param request the form of an existing listing
	 */
	protected ListingController(Listings<T, R> listings, Directions directions, Organisations organisations,
			Function<String, R> blank, Function<T, R> request) {
		this.listings = listings;
		this.directions = directions;
		this.organisations = organisations;
		this.blank = blank;
		this.request = request;
		this.kind = listings.kind();
	}

	@ModelAttribute
	void describeKind(Locale locale, Model model) {
		model.addAttribute("kind", this.kind.name());
		model.addAttribute("path", this.kind.path());
		model.addAttribute("ownerField", this.kind.ownerField());
		model.addAttribute("ownerLabel", "field." + this.kind.owner().name().toLowerCase(Locale.ROOT));
		model.addAttribute("directionNames", this.directions.names(locale));
	}

	/**
	 * The public list, or the caller's own listings in any status ({@code mine}); the
	 * owner is filtered by the kind's parameter ({@code communityId}, {@code teamId}).
	 */
	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, ListingQuery query,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam Map<String, String> parameters,
			Model model) {
		String path = null;
		ListingStatus shown = query.status();
		if (mine && user != null && !user.managedPaths().isEmpty()) {
			path = user.managedPaths().get(0);
		}
		else if (shown == null) {
			shown = ListingStatus.PUBLISHED;
		}
		Long owner = Ids.parse(parameters.get(this.kind.ownerField()));
		Page<T> listings = this.listings.search(user, query.toSearch(shown, owner, path), query.pageable(this.kind));
		model.addAttribute("listings", listings);
		model.addAttribute("ownerNames", ownerNames(listings.getContent()));
		model.addAttribute("mine", mine);
		return this.kind.name() + "/list";
	}

	private Map<Long, String> ownerNames(List<T> listings) {
		Map<Long, String> names = new HashMap<>();
		this.organisations.all(listings.stream().map(Listing::getOrganisationId).distinct().toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		T listing = this.listings.get(user, id);
		model.addAttribute("listing", listing);
		model.addAttribute("owner", this.organisations.get(listing.getOrganisationId()));
		model.addAttribute("manages", this.listings.manages(user, listing));
		return this.kind.name() + "/show";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organisation> owners = this.organisations.managed(user, this.kind.owner());
		if (owners.isEmpty()) {
			throw Problem.forbidden();
		}
		model.addAttribute("form", this.blank.apply(owners.size() == 1 ? owners.get(0).getId().toString() : null));
		return form(user, model, null);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") R form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model, null);
		}
		try {
			T listing = this.listings.create(user, form);
			return done(listing, "saved", redirect);
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		T listing = this.listings.getManaged(user, id);
		model.addAttribute("form", this.request.apply(listing));
		return form(user, model, listing);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") R form, BindingResult result, Model model, RedirectAttributes redirect) {
		T listing = this.listings.getManaged(user, id);
		if (result.hasErrors()) {
			return form(user, model, listing);
		}
		try {
			return done(this.listings.update(user, id, form), "saved", redirect);
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return form(user, model, listing);
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return done(this.listings.publish(user, id), "published", redirect);
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return done(this.listings.close(user, id), "closed", redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return done(this.listings.cancel(user, id), "cancelled", redirect);
	}

	/** Back to the listing's page, with a notice such as {@code need.published}. */
	private String done(T listing, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", this.kind.message(notice));
		return "redirect:" + this.kind.path() + "/" + listing.getId();
	}

	private String form(CurrentUser user, Model model, T listing) {
		model.addAttribute("listing", listing);
		model.addAttribute("owners", this.organisations.managed(user, this.kind.owner()));
		model.addAttribute("directions", this.directions.all());
		return this.kind.name() + "/form";
	}

}
