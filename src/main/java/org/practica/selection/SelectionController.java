package org.practica.selection;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of case selection: the selections and opening one, a selection's page (cases,
 * judges, assignment, close, publish), a case with its scoring form, a judge's cases, the
 * rankings, the method, and the public case library.
 */
@Controller
class SelectionController {

	private final Selections selections;

	private final CaseLibrary library;

	private final Organisations organisations;

	SelectionController(Selections selections, CaseLibrary library, Organisations organisations) {
		this.selections = selections;
		this.library = library;
		this.organisations = organisations;
	}

	@GetMapping("/selections")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Selection> all = this.selections.all();
		model.addAttribute("selections", all);
		model.addAttribute("names",
				this.selections.organisationNames(all.stream().map(Selection::getOrganisationId).toList()));
		model.addAttribute("judging",
				all.stream().filter(s -> this.selections.isJudge(user, s)).map(Selection::getId).toList());
		model.addAttribute("mayOpen", user.isAdmin());
		model.addAttribute("now", this.selections.now());
		return "selection/list";
	}

	@GetMapping("/selections/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("organisations", managed(user));
		model.addAttribute("units", Unit.values());
		model.addAttribute("closes",
				LocalDateTime.now(this.selections.zone())
					.plusDays(30)
					.withHour(18)
					.withMinute(0)
					.withSecond(0)
					.withNano(0));
		return "selection/form";
	}

	@PostMapping("/selections")
	String open(@AuthenticationPrincipal CurrentUser user, @RequestParam MultiValueMap<String, String> form) {
		List<SelectionRequest.CriterionRequest> criteria = new ArrayList<>();
		List<String> codes = form.getOrDefault("code", List.of());
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			String name = at(form, "criterionName", i);
			if ((code == null || code.isBlank()) && (name == null || name.isBlank())) {
				continue;
			}
			criteria.add(new SelectionRequest.CriterionRequest(code.strip(), name, decimal(at(form, "weight", i)),
					integer(at(form, "max", i))));
		}
		String closes = form.getFirst("submissionsClose");
		OffsetDateTime close = null;
		if (closes != null && !closes.isBlank()) {
			try {
				LocalDateTime local = LocalDateTime.parse(closes);
				close = local.atZone(this.selections.zone()).toOffsetDateTime();
			}
			catch (java.time.format.DateTimeParseException ex) {
				close = null;
			}
		}
		Selection selection = this.selections.open(user,
				new SelectionRequest(form.getFirst("organisationId"), form.getFirst("title"),
						form.getOrDefault("units", List.of()), criteria, integer(form.getFirst("judgesPerCase")),
						close));
		return "redirect:/selections/" + selection.getId();
	}

	private static String at(MultiValueMap<String, String> form, String name, int i) {
		List<String> values = form.getOrDefault(name, List.of());
		return i < values.size() ? values.get(i) : null;
	}

	private static BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private List<Organisation> managed(CurrentUser user) {
		return this.organisations.managed(user, org.practica.directory.OrganisationKind.values())
			.stream()
			.sorted(java.util.Comparator.comparing(Organisation::getPath))
			.toList();
	}

	@GetMapping("/selections/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Selection selection = this.selections.get(Ids.parse(id));
		boolean manages = this.selections.manages(user, selection);
		List<SelectionCase> cases = this.selections.casesFor(user, selection);
		List<SelectionJudge> judges = manages ? this.selections.judges(selection) : List.of();
		model.addAttribute("selection", selection);
		model.addAttribute("organisationName", this.organisations.get(selection.getOrganisationId()).getName());
		model.addAttribute("manages", manages);
		model.addAttribute("isJudge", this.selections.isJudge(user, selection));
		model.addAttribute("accepts", selection.acceptsSubmissions(this.selections.now()));
		model.addAttribute("cases", cases);
		model.addAttribute("caseOrganisations",
				this.selections.organisationNames(cases.stream().map(SelectionCase::getOrganisationId).toList()));
		model.addAttribute("mayManage", managed(user));
		model.addAttribute("judges", judges);
		Set<Long> people = new HashSet<>();
		judges.forEach(j -> people.add(j.getAccountId()));
		List<CaseAssignment> assignments = manages ? this.selections.assignments(selection) : List.of();
		Map<Long, List<Long>> byCase = new LinkedHashMap<>();
		assignments
			.forEach(a -> byCase.computeIfAbsent(a.getCaseId(), k -> new ArrayList<>()).add(a.getJudgeAccountId()));
		model.addAttribute("assignments", byCase);
		List<SelectionConflict> conflicts = manages ? this.selections.conflicts(selection) : List.of();
		model.addAttribute("conflicts", conflicts);
		conflicts.forEach(c -> people.add(c.getJudgeAccountId()));
		model.addAttribute("people", this.selections.accountNames(people));
		model.addAttribute("conflictOrganisations", this.selections
			.organisationNames(conflicts.stream().map(SelectionConflict::getOrganisationId).toList()));
		Map<Long, Integer> loads = new LinkedHashMap<>();
		assignments.forEach(a -> loads.merge(a.getJudgeAccountId(), 1, Integer::sum));
		model.addAttribute("loads", loads);
		return "selection/show";
	}

	@PostMapping("/selections/{id}/cases")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String title,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String body,
			@RequestParam(required = false) String organisationId, RedirectAttributes redirect) {
		SelectionCase found = this.selections.submit(user, Ids.parse(id),
				new CaseRequest(unit, title, summary, body, organisationId));
		redirect.addFlashAttribute("flash", "selection.case.submitted");
		return "redirect:/selections/" + id + "/cases/" + found.getId();
	}

	@PostMapping("/selections/{id}/judges")
	String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String userId, RedirectAttributes redirect) {
		this.selections.invite(user, Ids.parse(id), userId);
		redirect.addFlashAttribute("flash", "selection.judge.invited");
		return "redirect:/selections/" + id;
	}

	@PostMapping("/selections/{id}/conflicts")
	String conflict(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String organisationId, RedirectAttributes redirect) {
		this.selections.declareConflict(user, Ids.parse(id), organisationId);
		redirect.addFlashAttribute("flash", "selection.conflict.declared");
		return "redirect:/selections/" + id + "/judging";
	}

	@PostMapping("/selections/{id}/end-submissions")
	String endSubmissions(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		this.selections.endSubmissions(user, Ids.parse(id));
		redirect.addFlashAttribute("flash", "selection.submissions.ended");
		return "redirect:/selections/" + id;
	}

	@PostMapping("/selections/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.selections.assign(user, Ids.parse(id));
		redirect.addFlashAttribute("flash", "selection.assigned");
		return "redirect:/selections/" + id + "#assignment";
	}

	@PostMapping("/selections/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.selections.close(user, Ids.parse(id));
		redirect.addFlashAttribute("flash", "selection.closed.done");
		return "redirect:/selections/" + id + "/rankings";
	}

	@GetMapping("/selections/{id}/rankings")
	String rankings(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Map<Unit, List<SelectionCase>> rankings = this.selections.rankings(user, Ids.parse(id));
		Selection selection = this.selections.get(Ids.parse(id));
		List<SelectionJudge> judges = this.selections.judges(selection);
		model.addAttribute("selection", selection);
		model.addAttribute("rankings", rankings);
		model.addAttribute("judges", judges);
		model.addAttribute("anyFlagged", judges.stream().anyMatch(SelectionJudge::isFlagged));
		model.addAttribute("people",
				this.selections.accountNames(judges.stream().map(SelectionJudge::getAccountId).toList()));
		return "selection/rankings";
	}

	@PostMapping("/selections/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "caseIds", required = false) List<String> caseIds, RedirectAttributes redirect) {
		this.selections.publish(user, Ids.parse(id), caseIds);
		redirect.addFlashAttribute("flash", "selection.published");
		return "redirect:/selections/" + id + "/rankings";
	}

	@GetMapping("/selections/{id}/judging")
	String judging(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Selection selection = this.selections.get(Ids.parse(id));
		if (!this.selections.isJudge(user, selection)) {
			throw org.practica.support.Problem.notFound();
		}
		List<SelectionCase> mine = this.selections.casesFor(user, selection)
			.stream()
			.filter(c -> this.selections.assignmentsOf(selection, user.id())
				.stream()
				.anyMatch(a -> a.getCaseId().equals(c.getId())))
			.toList();
		Set<Long> scored = new HashSet<>();
		mine.forEach(c -> this.selections.myScore(user, c).ifPresent(s -> scored.add(c.getId())));
		model.addAttribute("selection", selection);
		model.addAttribute("cases", mine);
		model.addAttribute("scored", scored);
		model.addAttribute("caseOrganisations",
				this.selections.organisationNames(mine.stream().map(SelectionCase::getOrganisationId).toList()));
		return "selection/judging";
	}

	@GetMapping("/selections/{id}/cases/{caseId}")
	String showCase(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String caseId,
			Model model) {
		SelectionCase found = this.selections.getCase(user, Ids.parse(caseId));
		Selection selection = this.selections.get(found.getSelectionId());
		if (!selection.getId().equals(Ids.parse(id))) {
			throw org.practica.support.Problem.notFound();
		}
		boolean assigned = this.selections.assignmentsOf(selection, user.id())
			.stream()
			.anyMatch(a -> a.getCaseId().equals(found.getId()));
		var mine = assigned ? this.selections.myScore(user, found) : java.util.Optional.<CaseScore>empty();
		boolean manages = this.selections.manages(user, selection);
		List<CaseScore> all = manages || mine.isPresent() ? this.selections.scores(user, found.getId()) : List.of();
		model.addAttribute("selection", selection);
		model.addAttribute("found", found);
		model.addAttribute("organisationName", this.organisations.get(found.getOrganisationId()).getName());
		model.addAttribute("attachments", this.selections.attachments(found));
		model.addAttribute("mayAttach",
				user.manages(found.getOrganisationPath()) && selection.acceptsSubmissions(this.selections.now()));
		model.addAttribute("assigned", assigned);
		model.addAttribute("mine", mine.orElse(null));
		model.addAttribute("scores", all);
		model.addAttribute("manages", manages);
		model.addAttribute("people", manages
				? this.selections.accountNames(all.stream().map(CaseScore::getJudgeAccountId).toList()) : Map.of());
		return "selection/case";
	}

	@PostMapping("/selections/{id}/cases/{caseId}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String caseId,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		this.selections.attach(user, Ids.parse(caseId), file);
		redirect.addFlashAttribute("flash", "selection.attachment.added");
		return "redirect:/selections/" + id + "/cases/" + caseId;
	}

	@PostMapping("/selections/{id}/cases/{caseId}/scores")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String caseId,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		SelectionCase found = this.selections.getCase(user, Ids.parse(caseId));
		Selection selection = this.selections.get(found.getSelectionId());
		Map<String, Integer> points = new LinkedHashMap<>();
		for (RubricCriterion c : selection.getCriteria()) {
			String given = form.getFirst("score." + c.getCode());
			Integer value = integer(given);
			if (value != null) {
				points.put(c.getCode(), value);
			}
		}
		this.selections.score(user, found.getId(), points, form.getFirst("comment"));
		redirect.addFlashAttribute("flash", "selection.score.saved");
		return "redirect:/selections/" + id + "/cases/" + caseId;
	}

	@GetMapping("/selections/method")
	String method() {
		return "selection/method";
	}

	// --- the public library

	@GetMapping("/cases")
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String organisationId, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Unit chosen = Selections.unit(unit);
		Long organisation = null;
		try {
			organisation = organisationId == null || organisationId.isBlank() ? null
					: Long.valueOf(organisationId.strip());
		}
		catch (NumberFormatException ex) {
			organisation = null;
		}
		CaseIndex.LibraryPage found = this.library.search(q, chosen, organisation, year, page, 20);
		List<Long> ids = new ArrayList<>();
		found.facets().getOrDefault("organisation", List.of()).forEach(f -> ids.add(Long.valueOf(f.value())));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("unit", chosen);
		model.addAttribute("organisationId", organisation);
		model.addAttribute("year", year);
		model.addAttribute("found", found);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasMore", (long) (Math.max(0, page) + 1) * 20 < found.total());
		model.addAttribute("organisationNames", this.selections.organisationNames(ids));
		return "selection/library";
	}

	@GetMapping("/cases/{id:\\d+}")
	String libraryCase(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		SelectionCase found = this.selections.getCase(user, Ids.parse(id));
		if (!found.isPublished()) {
			throw org.practica.support.Problem.notFound();
		}
		model.addAttribute("found", found);
		model.addAttribute("organisationName", this.organisations.get(found.getOrganisationId()).getName());
		model.addAttribute("selection", this.selections.get(found.getSelectionId()));
		model.addAttribute("attachments", this.selections.attachments(found));
		model.addAttribute("year", found.year(this.selections.zone()));
		return "selection/library-case";
	}

	@GetMapping({ "/cases/{id:\\d+}/attachments/{attachmentId}",
			"/selections/{selectionId}/cases/{id}/attachments/{attachmentId}" })
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@PathVariable String attachmentId) {
		return SelectionApiController.file(this.selections.attachment(user, Ids.parse(id), Ids.parse(attachmentId)));
	}

}
