package org.practica.certificate;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of certificates for a whole college or university: start a batch, watch its
 * progress, download its ZIP; and, for a university's admins, the choice of review before
 * issue and the queue.
 */
@Controller
class CertificateBatchController {

	private final CertificateBatches batches;

	private final CertificateReviews reviews;

	private final Certificates certificates;

	private final Organisations organisations;

	CertificateBatchController(CertificateBatches batches, CertificateReviews reviews, Certificates certificates,
			Organisations organisations) {
		this.batches = batches;
		this.reviews = reviews;
		this.certificates = certificates;
		this.organisations = organisations;
	}

	@GetMapping("/certificates/batches")
	String batches(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organisation> choices = this.organisations.managed(user, OrganisationKind.UNIVERSITY,
				OrganisationKind.COLLEGE);
		if (choices.isEmpty()
				|| !(user.holds(Role.UNIVERSITY_ADMIN) || user.holds(Role.COLLEGE_ADMIN) || user.isPlatformAdmin())) {
			throw Problem.forbidden();
		}
		LocalDate today = this.certificates.today();
		model.addAttribute("choices", choices);
		model.addAttribute("from", today.withDayOfYear(1));
		model.addAttribute("to", today);
		model.addAttribute("batches", this.batches.latest(user));
		List<Organisation> universities = choices.stream()
			.filter(o -> o.getKind() == OrganisationKind.UNIVERSITY && user.holds(Role.UNIVERSITY_ADMIN))
			.toList();
		model.addAttribute("universities", universities);
		if (!universities.isEmpty()) {
			Organisation university = universities.get(0);
			model.addAttribute("university", university);
			model.addAttribute("reviewRequired", this.reviews.reviewRequired(user, university.getId()));
			model.addAttribute("queue", this.reviews.queue(user, university.getId()));
		}
		return "certificate/batches";
	}

	@PostMapping("/certificates/batches")
	String start(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			RedirectAttributes redirect) {
		try {
			CertificateBatch batch = this.batches.start(user, organisationId, from, to);
			this.batches.run(batch.getId());
			return "redirect:/certificates/batches/" + batch.getId();
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flash", "certificate.batch.bad-period");
			return "redirect:/certificates/batches";
		}
	}

	/** The batch's progress: the page, and the fragment htmx polls while it runs. */
	@GetMapping("/certificates/batches/{id}")
	String batch(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		CertificateBatch batch = this.batches.get(user, id);
		model.addAttribute("batch", batch);
		model.addAttribute("organisation", this.organisations.get(batch.getOrganisationId()));
		return "certificate/batch";
	}

	@GetMapping("/certificates/batches/{id}/zip")
	void zip(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response)
			throws java.io.IOException {
		CertificateBatch batch = this.batches.get(user, id);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("certificates-" + batch.getId() + ".zip").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		this.batches.zip(user, id, response.getOutputStream());
	}

	@PostMapping("/certificates/review-policy")
	String policy(@AuthenticationPrincipal CurrentUser user, @RequestParam Long universityId,
			@RequestParam(defaultValue = "false") boolean reviewRequired, RedirectAttributes redirect) {
		this.reviews.choose(user, universityId, reviewRequired);
		redirect.addFlashAttribute("flash", "certificate.review.policy-saved");
		return "redirect:/certificates/batches";
	}

	@PostMapping("/certificates/reviews/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.reviews.approve(user, id);
		redirect.addFlashAttribute("flash", "certificate.issued");
		return "redirect:/certificates/batches";
	}

	@PostMapping("/certificates/reviews/{id}/refuse")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.reviews.refuse(user, id, reason);
			redirect.addFlashAttribute("flash", "certificate.review.refused");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flash", "certificate.review.reason-required");
		}
		return "redirect:/certificates/batches";
	}

}
