package org.practica.outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.project.Project;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;
import org.practica.support.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of outcome reports: the public list with its search, a report with its
 * gallery, the form to write or edit one, the photo upload (from a phone's camera too),
 * and the reports part of a project's page.
 */
@Controller
class OutcomeReportController {

	/** The most organisations of each kind the list's filter offers. */
	private static final int FILTER_CHOICES = 200;

	private final OutcomeReports reports;

	private final Organisations organisations;

	private final Directions directions;

	OutcomeReportController(OutcomeReports reports, Organisations organisations, Directions directions) {
		this.reports = reports;
		this.organisations = organisations;
		this.directions = directions;
	}

	@GetMapping("/outcome-reports")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		Page<OutcomeReport> found;
		try {
			found = this.reports.search(user, null, organisationId, q, direction,
					Paging.of(page, 12, null, OutcomeReportApiController.LATEST_FIRST));
		}
		catch (FieldProblem problem) {
			organisationId = null;
			found = this.reports.search(user, null, null, q, direction,
					Paging.of(page, 12, null, OutcomeReportApiController.LATEST_FIRST));
		}
		model.addAttribute("reports", found);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("direction", direction == null ? "" : direction);
		model.addAttribute("organisationChoices", organisationChoices(organisationId));
		model.addAttribute("directionNames", this.directions.names(locale));
		cards(found.getContent(), model);
		return "outcome/list";
	}

	/** Universities, colleges, districts and streets, and the chosen one if another. */
	private List<Organisation> organisationChoices(Long chosen) {
		List<Organisation> choices = new ArrayList<>();
		for (OrganisationKind kind : List.of(OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE,
				OrganisationKind.DISTRICT, OrganisationKind.STREET)) {
			choices
				.addAll(this.organisations.search(kind, null, null, PageRequest.of(0, FILTER_CHOICES, Sort.by("name")))
					.getContent());
		}
		if (chosen != null && choices.stream().noneMatch(o -> o.getId().equals(chosen))) {
			choices.add(0, this.organisations.get(chosen));
		}
		return choices;
	}

	/** What the cards of a list show besides the report: names and first photos. */
	private void cards(List<OutcomeReport> found, Model model) {
		Set<Long> organisationIds = new HashSet<>();
		found.forEach(r -> {
			organisationIds.add(r.getCommunityId());
			if (r.getTeamId() != null) {
				organisationIds.add(r.getTeamId());
			}
		});
		Map<Long, List<OutcomePhoto>> photos = this.reports.photos(found.stream().map(OutcomeReport::getId).toList());
		Map<Long, OutcomePhoto> cover = new LinkedHashMap<>();
		photos.forEach((id, list) -> cover.put(id, list.get(0)));
		model.addAttribute("covers", cover);
		model.addAttribute("organisationNames", this.reports.organisationNames(organisationIds));
		model.addAttribute("projectTitles",
				this.reports.projectTitles(found.stream().map(OutcomeReport::getProjectId).toList()));
		model.addAttribute("metrics", Metric.values());
	}

	@GetMapping("/outcome-reports/{id:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
		OutcomeReport report = this.reports.get(user, id);
		model.addAttribute("report", report);
		model.addAttribute("photos", this.reports.photos(report));
		model.addAttribute("editable", report.editableBy(user));
		model.addAttribute("maxPhotos", this.reports.maxPhotos());
		model.addAttribute("project", this.reports.visibleProject(user, report).orElse(null));
		model.addAttribute("projectTitle",
				this.reports.projectTitles(List.of(report.getProjectId())).get(report.getProjectId()));
		Set<Long> organisationIds = new HashSet<>();
		organisationIds.add(report.getCommunityId());
		if (report.getTeamId() != null) {
			organisationIds.add(report.getTeamId());
		}
		model.addAttribute("organisationNames", this.reports.organisationNames(organisationIds));
		model.addAttribute("directionNames", this.directions.names(locale));
		return "outcome/show";
	}

	/** The reports part of a project's page, which loads it. */
	@GetMapping("/projects/{id}/outcome-reports")
	String ofProject(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Project project = this.reports.project(user, id);
		List<OutcomeReport> found = this.reports.ofProject(user, project);
		model.addAttribute("project", project);
		model.addAttribute("reports", found);
		model.addAttribute("mayWrite", this.reports.mayWrite(user, project));
		cards(found, model);
		return "outcome/project";
	}

	@GetMapping("/projects/{id}/outcome-reports/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Project project = this.reports.writableProject(user, id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OutcomeReportForm.blank(this.reports.today()));
		}
		return form(project, null, model);
	}

	@PostMapping("/projects/{id}/outcome-reports")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("form") OutcomeReportForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Model model, RedirectAttributes redirect) {
		Project project = this.reports.writableProject(user, id);
		if (!result.hasErrors()) {
			form.dropEmptyRows();
			if (addRow == null) {
				try {
					OutcomeReport report = this.reports.create(user, id, form.toRequest());
					redirect.addFlashAttribute("flash", "outcome.created");
					return "redirect:/outcome-reports/" + report.getId();
				}
				catch (FieldProblem problem) {
					problem.rejectInto(result);
				}
			}
		}
		form.addRow();
		return form(project, null, model);
	}

	@GetMapping("/outcome-reports/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		OutcomeReport report = editableDraft(user, id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OutcomeReportForm.of(report));
		}
		return form(this.reports.project(user, report.getProjectId()), report, model);
	}

	@PostMapping("/outcome-reports/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("form") OutcomeReportForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Model model, RedirectAttributes redirect) {
		OutcomeReport report = editableDraft(user, id);
		if (!result.hasErrors()) {
			form.dropEmptyRows();
			if (addRow == null) {
				try {
					this.reports.edit(user, id, form.toRequest());
					redirect.addFlashAttribute("flash", "outcome.saved");
					return "redirect:/outcome-reports/" + id;
				}
				catch (FieldProblem problem) {
					problem.rejectInto(result);
				}
			}
		}
		form.addRow();
		return form(this.reports.project(user, report.getProjectId()), report, model);
	}

	/** A draft the person may edit: 404 unseen, 403 not theirs, 409 once published. */
	private OutcomeReport editableDraft(CurrentUser user, Long id) {
		OutcomeReport report = this.reports.getEditable(user, id);
		if (report.isPublished()) {
			throw Problem.conflict("outcome.published.final");
		}
		return report;
	}

	private String form(Project project, OutcomeReport report, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("report", report);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("today", this.reports.today());
		return "outcome/form";
	}

	@PostMapping("/outcome-reports/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.reports.publish(user, id);
		redirect.addFlashAttribute("flash", "outcome.published");
		return "redirect:/outcome-reports/" + id;
	}

	/**
	 * Photos from the form: one from the camera, one from the picker, or both, with one
	 * caption; each is checked and stored on its own.
	 */
	@PostMapping("/outcome-reports/{id}/photos")
	String addPhotos(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "camera", required = false) MultipartFile camera,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String caption, RedirectAttributes redirect) {
		List<MultipartFile> chosen = new ArrayList<>();
		for (MultipartFile f : new MultipartFile[] { camera, file }) {
			if (f != null && !f.isEmpty()) {
				chosen.add(f);
			}
		}
		if (chosen.isEmpty()) {
			this.reports.getEditable(user, id);
			throw FieldProblem.invalid("file", "outcome.photo.required");
		}
		for (MultipartFile f : chosen) {
			this.reports.addPhoto(user, id, f, caption);
		}
		redirect.addFlashAttribute("flash", "outcome.photo.added");
		return "redirect:/outcome-reports/" + id + "#photos";
	}

	@PostMapping("/outcome-reports/{id}/photos/{photoId}/delete")
	String removePhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long photoId,
			RedirectAttributes redirect) {
		this.reports.removePhoto(user, id, photoId);
		redirect.addFlashAttribute("flash", "outcome.photo.removed");
		return "redirect:/outcome-reports/" + id + "#photos";
	}

	@GetMapping("/outcome-reports/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long photoId) {
		return OutcomeReportApiController.served(this.reports.photoFile(user, id, photoId, false));
	}

	@GetMapping("/outcome-reports/{id}/photos/{photoId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long photoId) {
		return OutcomeReportApiController.served(this.reports.photoFile(user, id, photoId, true));
	}

}
