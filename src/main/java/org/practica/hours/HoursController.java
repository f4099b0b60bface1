package org.practica.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.project.Project;
import org.practica.project.ProjectSearch;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.HashChain;
import org.practica.support.Problem;
import org.practica.support.ProblemResponses;
import org.practica.support.UploadedFile;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hours pages: a student's own hours and back-fill, the verifiers' queue, and the
 * ledger check.
 */
@Controller
class HoursController {

	private final Hours hours;

	private final LedgerCheck ledgerCheck;

	private final Projects projects;

	private final Accounts accounts;

	private final ProblemResponses problems;

	private final Clock clock;

	private final List<HashChain.Verifier> ledgers;

	HoursController(Hours hours, LedgerCheck ledgerCheck, List<HashChain.Verifier> ledgers, Projects projects,
			Accounts accounts, ProblemResponses problems, Clock clock) {
		this.ledgers = ledgers;
		this.hours = hours;
		this.ledgerCheck = ledgerCheck;
		this.projects = projects;
		this.accounts = accounts;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/me/hours")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HoursEntry> entries = this.hours.mine(user);
		model.addAttribute("entries", entries);
		model.addAttribute("projects", projects(entries));
		model.addAttribute("total",
				entries.stream()
					.filter(e -> e.getStatus() == HoursStatus.VERIFIED)
					.map(HoursEntry::getHours)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.stripTrailingZeros()
					.toPlainString());
		model.addAttribute("choices",
				this.projects.search(user, new ProjectSearch(null, null, null, null, null), PageRequest.of(0, 100))
					.getContent());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("backfill")) {
			model.addAttribute("backfill", new BackfillForm());
		}
		return "hours/mine";
	}

	/**
	 * A back-fill from the page's form: refused, the page shows again with what was
	 * entered and each field's message.
	 */
	@PostMapping("/me/hours/backfills")
	String backfill(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("backfill") BackfillForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.hours.backfill(user, form.getProjectId(), form.getDate(), form.getHours(), form.getReason(),
						form.getEvidence());
				redirect.addFlashAttribute("flash", "hours.backfill.sent");
				return "redirect:/me/hours";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return mine(user, model);
	}

	/** What waits for this person's verification. */
	@GetMapping("/hours/pending")
	String pending(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.isAdmin()) {
			throw Problem.forbidden();
		}
		List<HoursEntry> entries = this.hours.waitingFor(user);
		model.addAttribute("entries", entries);
		model.addAttribute("flags", this.hours.flags(entries));
		model.addAttribute("plausiblePerDay", this.hours.plausiblePerDay());
		model.addAttribute("projects", projects(entries));
		model.addAttribute("people", this.accounts.byId(entries.stream().map(HoursEntry::getStudentId).toList()));
		return "hours/pending";
	}

	@PostMapping("/hours/verify")
	String verify(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect, Locale locale) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("failure", this.problems.message("hours.ids.required", null, locale));
			return back(back);
		}
		this.hours.verifyAll(user, ids);
		redirect.addFlashAttribute("flash", "hours.verified");
		return back(back);
	}

	@PostMapping("/hours/{id}/dispute")
	String dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String reason,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
		this.hours.dispute(user, id, reason);
		redirect.addFlashAttribute("flash", "hours.disputed");
		return back(back);
	}

	@PostMapping("/hours/{id}/corrections")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam BigDecimal hours,
			@RequestParam String reason, @RequestParam(name = "back", required = false) String back,
			RedirectAttributes redirect) {
		this.hours.correct(user, id, hours, reason);
		redirect.addFlashAttribute("flash", "hours.corrected");
		return back(back);
	}

	/**
	 * Where a verifier goes back to: the queue the form was on (another module's page of
	 * it, such as a club's), a path of this site only; else the verifiers' queue.
	 */
	static String back(String back) {
		return back != null && BACK.matcher(back).matches() ? "redirect:" + back : "redirect:/hours/pending";
	}

	private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile("/[a-z-]+(/[0-9a-z-]+)*");

	@GetMapping("/hours/{id}/evidence")
	ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		UploadedFile evidence = this.hours.evidence(user, id).orElseThrow(Problem::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(evidence.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(evidence.bytes());
	}

	/** The platform admin's check of the ledger's chain. */
	@GetMapping("/admin/ledger")
	String ledger(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.isPlatformAdmin()) {
			throw Problem.forbidden();
		}
		model.addAttribute("report", this.ledgerCheck.run());
		// the other chained ledgers (club spending) are checked on the same page
		model.addAttribute("others",
				this.ledgers.stream().filter(l -> l != this.ledgerCheck).map(HashChain.Verifier::verify).toList());
		return "hours/ledger";
	}

	private Map<Long, Project> projects(List<HoursEntry> entries) {
		Map<Long, Project> byId = new HashMap<>();
		this.projects.all(entries.stream().map(HoursEntry::getProjectId).distinct().toList())
			.forEach(p -> byId.put(p.getId(), p));
		return byId;
	}

}
