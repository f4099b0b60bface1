package org.practica.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.listing.ListingSearch;
import org.practica.listing.ListingStatus;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.Offers;
import org.practica.support.Paging;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the selection fair and the project list.
 */
@Controller
class ProjectController {

	private final Projects projects;

	private final Suggestions suggestions;

	private final Needs needs;

	private final Offers offers;

	private final Organisations organisations;

	private final Directions directions;

	private final ReasonTexts texts;

	private final FairProposals proposals;

	private final ProjectPage page;

	ProjectController(ProjectPage page, Projects projects, Suggestions suggestions, Needs needs, Offers offers,
			Organisations organisations, Directions directions, ReasonTexts texts, FairProposals proposals) {
		this.page = page;
		this.proposals = proposals;
		this.projects = projects;
		this.suggestions = suggestions;
		this.needs = needs;
		this.offers = offers;
		this.organisations = organisations;
		this.directions = directions;
		this.texts = texts;
	}

	@ModelAttribute("directionNames")
	Map<String, String> directionNames(Locale locale) {
		return this.directions.names(locale);
	}

	@GetMapping("/needs/{id}/suggestions")
	String forNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Need need = this.needs.getManaged(user, id);
		List<Suggestion> found = this.suggestions.forNeed(user, id, Suggestions.DEFAULT_LIMIT);
		Map<Long, Offer> byId = index(this.offers.all(ids(found)), Offer::getId);
		List<Row> rows = new ArrayList<>();
		for (Suggestion s : found) {
			Offer offer = byId.get(s.counterpartId());
			if (offer != null) {
				Interest interest = this.projects.interest(id, offer.getId()).orElse(null);
				rows.add(new Row(s, id, offer.getId(), "/offers/" + offer.getId(), offer.getTitle(),
						this.organisations.get(offer.getTeamId()).getName(), interest,
						interest != null && interest.isFromCommunity(), interest != null && interest.isFromTeam(),
						reasons(s, locale)));
			}
		}
		return suggestions(model, "suggestion.offers-for-need", need.getTitle(), "/needs/" + id, rows);
	}

	@GetMapping("/offers/{id}/suggestions")
	String forOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		Offer offer = this.offers.getManaged(user, id);
		List<Suggestion> found = this.suggestions.forOffer(user, id, Suggestions.DEFAULT_LIMIT);
		Map<Long, Need> byId = index(this.needs.all(ids(found)), Need::getId);
		List<Row> rows = new ArrayList<>();
		for (Suggestion s : found) {
			Need need = byId.get(s.counterpartId());
			if (need != null) {
				Interest interest = this.projects.interest(need.getId(), id).orElse(null);
				rows.add(new Row(s, need.getId(), id, "/needs/" + need.getId(), need.getTitle(),
						this.organisations.get(need.getCommunityId()).getName(), interest,
						interest != null && interest.isFromTeam(), interest != null && interest.isFromCommunity(),
						reasons(s, locale)));
			}
		}
		return suggestions(model, "suggestion.needs-for-offer", offer.getTitle(), "/offers/" + id, rows);
	}

	/**
	 * One page shows suggestions both ways: the subject's counterparts, and where each
	 * pair stands.
	 */
	private String suggestions(Model model, String heading, String subject, String subjectUrl, List<Row> rows) {
		model.addAttribute("heading", heading);
		model.addAttribute("subject", subject);
		model.addAttribute("subjectUrl", subjectUrl);
		model.addAttribute("rows", rows);
		return "project/suggestions";
	}

	private List<String[]> reasons(Suggestion s, Locale locale) {
		return s.reasons()
			.stream()
			.map(r -> new String[] { this.texts.factor(r, locale), String.format(Locale.ROOT, "%.1f", r.score()),
					this.texts.detail(r, locale) })
			.toList();
	}

	@PostMapping("/interests")
	String interest(@AuthenticationPrincipal CurrentUser user, @RequestParam Long needId, @RequestParam Long offerId,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		Interest interest = this.projects.markInterest(user, needId, offerId);
		if (interest.getProjectId() != null) {
			redirect.addFlashAttribute("flash", "fair.matched");
			return "redirect:/projects/" + interest.getProjectId();
		}
		redirect.addFlashAttribute("flash", "fair.interest.marked");
		return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/fair");
	}

	/**
	 * The fair: what the person's side has said and what others have said to it, and a
	 * way to answer.
	 */
	@GetMapping("/fair")
	String fair(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long needId,
			@RequestParam(required = false) Long offerId, Model model) {
		List<Interest> interests = this.projects.interestsOf(user);
		Map<Long, Need> needsById = index(this.needs.all(interests.stream().map(Interest::getNeedId).toList()),
				Need::getId);
		Map<Long, Offer> offersById = index(this.offers.all(interests.stream().map(Interest::getOfferId).toList()),
				Offer::getId);
		model.addAttribute("interests", interests);
		model.addAttribute("campaigns",
				this.organisations.managed(user, OrganisationKind.UNIVERSITY, OrganisationKind.DISTRICT));
		model.addAttribute("needsById", needsById);
		model.addAttribute("offersById", offersById);
		if (needId != null) {
			model.addAttribute("targetNeed", this.needs.get(user, needId));
			model.addAttribute("myOffers", myOffers(user));
		}
		if (offerId != null) {
			model.addAttribute("targetOffer", this.offers.get(user, offerId));
			model.addAttribute("myNeeds", myNeeds(user));
		}
		return "project/fair";
	}

	/** An admin of a university or district has the fair matching propose pairs. */
	@PostMapping("/fair/proposals")
	String propose(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			RedirectAttributes redirect) {
		List<FairProposals.Proposal> proposed = this.proposals.propose(user, organisationId);
		redirect.addFlashAttribute("flash", proposed.isEmpty() ? "fair.proposals.none" : "fair.proposals.done");
		return "redirect:/fair";
	}

	private List<Offer> myOffers(CurrentUser user) {
		return user.managedPaths()
			.stream()
			.flatMap(path -> this.offers
				.search(user, new ListingSearch(ListingStatus.PUBLISHED, null, null, path, null, null, null),
						PageRequest.of(0, 50, Sort.by("title")))
				.stream())
			.distinct()
			.toList();
	}

	private List<Need> myNeeds(CurrentUser user) {
		return user.managedPaths()
			.stream()
			.flatMap(path -> this.needs
				.search(user, new ListingSearch(ListingStatus.PUBLISHED, null, null, path, null, null, null),
						PageRequest.of(0, 50, Sort.by("title")))
				.stream())
			.distinct()
			.toList();
	}

	@PostMapping("/projects")
	String recruit(@AuthenticationPrincipal CurrentUser user, @RequestParam Long needId, RedirectAttributes redirect) {
		Project project = this.projects.recruit(user, needId);
		redirect.addFlashAttribute("flash", "project.created");
		return "redirect:/projects/" + project.getId();
	}

	@GetMapping("/projects")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Integer page, Model model) {
		String path = organisationId == null ? null : this.organisations.get(organisationId).getPath();
		Page<Project> projects = this.projects.search(user, new ProjectSearch(null, null, path, status, direction),
				Paging.of(page, 20, null, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		List<Long> orgIds = new ArrayList<>();
		projects.forEach(p -> {
			orgIds.add(p.getCommunityId());
			if (p.getTeamId() != null) {
				orgIds.add(p.getTeamId());
			}
		});
		model.addAttribute("projects", projects);
		model.addAttribute("orgNames", index(this.organisations.all(orgIds), Organisation::getId));
		model.addAttribute("organisations", this.organisations.filterChoices(user));
		model.addAttribute("statuses", ProjectStatus.values());
		return "project/list";
	}

	@GetMapping("/projects/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
		this.page.describe(user, id, model, locale);
		return "project/show";
	}

	@PostMapping("/projects/{id}/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.projects.complete(user, id);
		redirect.addFlashAttribute("flash", "project.completed");
		return "redirect:/projects/" + id;
	}

	@PostMapping("/projects/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.projects.cancel(user, id);
		redirect.addFlashAttribute("flash", "project.cancelled");
		return "redirect:/projects/" + id;
	}

	private static List<Long> ids(List<Suggestion> suggestions) {
		return suggestions.stream().map(Suggestion::counterpartId).toList();
	}

	private static <T> Map<Long, T> index(List<T> items, Function<T, Long> id) {
		Map<Long, T> map = new HashMap<>();
		items.forEach(item -> map.put(id.apply(item), item));
		return map;
	}

	/** A suggestion as a page shows it. */
	/**
	 * A suggestion as a page shows it: the pair, the counterpart, and what each side has
	 * said.
	 *
	 * @param suggestion the score and reasons
	 * @param needId the pair's need
	 * @param offerId the pair's offer
	 * @param counterpartUrl the counterpart's page
	 * @param title the counterpart's title
	 * @param organisation the counterpart's community or team
	 * @param interest the interest between the two, if any
	 * @param weSaid whether the viewer's side has said it is interested
	 * @param theySaid whether the other side has
	 * @param reasons each factor's name, points and words
	 */
	record Row(Suggestion suggestion, Long needId, Long offerId, String counterpartUrl, String title,
			String organisation, Interest interest, boolean weSaid, boolean theySaid, List<String[]> reasons) {
	}

}
