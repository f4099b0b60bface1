package org.practica.partnership;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.springframework.data.domain.PageRequest;
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
 * The pages of partnerships: the agreements, drafting one, an agreement's page with its
 * life, scans, projects, outcomes and bases, and the practice bases by distance.
 */
@Controller
class AgreementController {

	private final Agreements agreements;

	private final Organisations organisations;

	AgreementController(Agreements agreements, Organisations organisations) {
		this.agreements = agreements;
		this.organisations = organisations;
	}

	@GetMapping("/agreements")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) AgreementStatus status,
			Model model) {
		List<Agreement> found = this.agreements.listFor(user, status);
		model.addAttribute("agreements", found);
		model.addAttribute("status", status);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("today", this.agreements.today());
		model.addAttribute("names", names(found));
		model.addAttribute("mayCreate", user.isAdmin());
		return "agreement/list";
	}

	@GetMapping("/agreements/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			LocalDate today = this.agreements.today();
			model.addAttribute("form", new AgreementRequest(AgreementKind.COMMUNITY_PRACTICE, null, null, null, today,
					today.plusYears(3)));
		}
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("universitySides",
				choices(user, OrganisationKind.UNIVERSITY, OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE));
		model.addAttribute("localSides", choices(user, OrganisationKind.DISTRICT, OrganisationKind.DISTRICT,
				OrganisationKind.STREET, OrganisationKind.COMMUNITY));
		return "agreement/form";
	}

	@PostMapping("/agreements")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AgreementRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Agreement agreement = this.agreements.create(user, form);
				redirect.addFlashAttribute("flash", "agreement.created");
				return "redirect:/agreements/" + agreement.getId();
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return form(user, model);
	}

	@GetMapping("/agreements/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.get(user, id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("status", agreement.status(this.agreements.today()));
		model.addAttribute("today", this.agreements.today());
		model.addAttribute("universitySide", this.organisations.get(agreement.getUniversitySideId()));
		model.addAttribute("localSide", this.organisations.get(agreement.getLocalSideId()));
		model.addAttribute("manages", this.agreements.manages(user, agreement));
		model.addAttribute("maySign", this.agreements.partyOf(user, agreement) != null);
		model.addAttribute("awaitingYou", this.agreements.awaitsSignatureOf(user, agreement));
		model.addAttribute("renewals", this.agreements.renewals(agreement));
		model.addAttribute("attachments", this.agreements.attachments(agreement));
		model.addAttribute("outcomes", this.agreements.outcomes(agreement));
		model.addAttribute("bases", this.agreements.bases(agreement));
		model.addAttribute("linkable", this.agreements.linkable(user, agreement));
		return "agreement/show";
	}

	@PostMapping("/agreements/{id}/projects")
	String link(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Long projectId, RedirectAttributes redirect) {
		return act(id, redirect, "agreement.project-linked", () -> {
			if (projectId == null) {
				throw FieldProblem.invalid("projectId", "agreement.link.project");
			}
			this.agreements.link(user, projectId, id.toString());
		});
	}

	@PostMapping("/agreements/{id}/sign")
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) LocalDate signedOn, @RequestParam(required = false) String signatories,
			RedirectAttributes redirect) {
		return act(id, redirect, "agreement.signed", () -> {
			if (signedOn == null) {
				throw FieldProblem.invalid("signedOn", "agreement.signed.required");
			}
			this.agreements.sign(user, id, signedOn,
					signatories == null ? List.of() : Arrays.asList(signatories.split("[\\n,，、]")));
		});
	}

	@PostMapping("/agreements/{id}/renew")
	String renew(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) LocalDate endsOn, RedirectAttributes redirect) {
		return act(id, redirect, "agreement.renewed", () -> {
			if (endsOn == null) {
				throw FieldProblem.invalid("endsOn", "agreement.ends.required");
			}
			this.agreements.renew(user, id, endsOn);
		});
	}

	@PostMapping("/agreements/{id}/terminate")
	String terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "agreement.terminated", () -> this.agreements.terminate(user, id, reason));
	}

	@PostMapping("/agreements/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(id, redirect, "agreement.attached", () -> this.agreements.attach(user, id, file));
	}

	@GetMapping("/agreements/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		return AgreementApiController.file(this.agreements.attachment(user, id, attachmentId));
	}

	@PostMapping("/agreements/{id}/bases")
	String openBase(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String name, @RequestParam(required = false) String address,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) Integer capacity, @RequestParam(required = false) String contact,
			RedirectAttributes redirect) {
		return act(id, redirect, "practice-base.opened", () -> {
			if (name == null || name.isBlank() || address == null || address.isBlank() || latitude == null
					|| longitude == null || capacity == null || capacity < 1 || Math.abs(latitude) > 90
					|| Math.abs(longitude) > 180) {
				throw FieldProblem.invalid("name", "practice-base.fields.required");
			}
			this.agreements.openBase(user,
					new PracticeBaseRequest(id.toString(), name, address, latitude, longitude, capacity, contact));
		});
	}

	@GetMapping("/practice-bases")
	String bases(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long campusId,
			Model model) {
		List<Organisation> campuses = this.agreements.campuses(user);
		Long chosen = campusId != null ? campusId : campuses.isEmpty() ? null : campuses.get(0).getId();
		List<Agreement> visible = this.agreements.listFor(user, null);
		Map<Long, Agreement> byId = new LinkedHashMap<>();
		visible.forEach(a -> byId.put(a.getId(), a));
		model.addAttribute("campuses", campuses);
		model.addAttribute("campusId", chosen);
		model.addAttribute("bases", this.agreements.bases(user, null, chosen));
		model.addAttribute("agreements", byId);
		return "agreement/bases";
	}

	private String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (FieldProblem problem) {
			FieldProblem.FieldError error = problem.errors().get(0);
			redirect.addFlashAttribute("agreementError", error.messageKey());
			redirect.addFlashAttribute("agreementErrorArguments", error.arguments());
		}
		return "redirect:/agreements/" + id;
	}

	/**
	 * The organisations the person manages of these kinds, or else every one of the root
	 * kind.
	 */
	private List<Organisation> choices(CurrentUser user, OrganisationKind root, OrganisationKind... kinds) {
		List<Organisation> managed = this.organisations.managed(user, kinds);
		if (!managed.isEmpty()) {
			// in tree order: the university (or district) first, the default choice, then
			// what lies under it
			return managed.stream().sorted(java.util.Comparator.comparing(Organisation::getPath)).toList();
		}
		return this.organisations.search(root, null, null, PageRequest.of(0, 200)).getContent();
	}

	private Map<Long, String> names(List<Agreement> agreements) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.organisations
			.all(agreements.stream()
				.flatMap(a -> java.util.stream.Stream.of(a.getUniversitySideId(), a.getLocalSideId()))
				.distinct()
				.toList())
			.forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

}
