package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Identity;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.hours.HoursStatus;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.Paging;
import org.practica.support.UploadedFile;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer record's pages: the record in five parts (the student's own, and a
 * student's for the admins over them) with its PDF and the identity form; the student's
 * correction requests and the community's answers; the export to the national system.
 */
@Controller
class RecordController {

	private final VolunteerRecords records;

	private final RecordPdf pdf;

	private final Accounts accounts;

	private final Corrections corrections;

	private final Hours hours;

	private final Projects projects;

	private final RecordExports exports;

	RecordController(VolunteerRecords records, RecordPdf pdf, Accounts accounts, Corrections corrections, Hours hours,
			Projects projects, RecordExports exports) {
		this.records = records;
		this.pdf = pdf;
		this.accounts = accounts;
		this.corrections = corrections;
		this.hours = hours;
		this.projects = projects;
		this.exports = exports;
	}

	@GetMapping("/me/record")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		return show(user, user.id(), model, locale);
	}

	@GetMapping("/records/students/{id}")
	String student(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
		return show(user, id, model, locale);
	}

	private String show(CurrentUser user, Long studentId, Model model, Locale locale) {
		VolunteerRecord record = this.records.of(user, studentId, locale);
		boolean own = user.id().equals(studentId);
		model.addAttribute("record", record);
		model.addAttribute("own", own);
		model.addAttribute("corrections", this.corrections.of(studentId));
		if (own) {
			Account me = this.accounts.me(user);
			model.addAttribute("identity", new Identity(me.getIdType() == null ? null : me.getIdType().name(),
					me.getIdNumber(), me.getVolunteerNumber()));
		}
		model.addAttribute("pdfUrl", own ? "/me/record/pdf" : "/records/students/" + studentId + "/pdf");
		return "record/show";
	}

	@GetMapping("/me/record/pdf")
	ResponseEntity<byte[]> myPdf(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return pdf(user, user.id(), locale);
	}

	@GetMapping("/records/students/{id}/pdf")
	ResponseEntity<byte[]> studentPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		return pdf(user, id, locale);
	}

	ResponseEntity<byte[]> pdf(CurrentUser user, Long studentId, Locale locale) {
		VolunteerRecord record = this.records.of(user, studentId, locale);
		return pdfResponse(studentId, this.pdf.render(record, this.records.today()));
	}

	static ResponseEntity<byte[]> pdfResponse(Long studentId, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("volunteer-record-" + studentId + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	@PostMapping("/me/record/identity")
	String identity(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String idType,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String volunteerNumber,
			RedirectAttributes redirect) {
		this.accounts.recordIdentity(user, user.id(),
				new Identity(idType == null || idType.isBlank() ? null : idType, idNumber, volunteerNumber));
		redirect.addFlashAttribute("flash", "record.identity.saved");
		return "redirect:/me/record";
	}

	@GetMapping("/me/corrections")
	String myCorrections(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HoursEntry> entries = this.hours.mine(user)
			.stream()
			.filter(e -> e.getStatus() != HoursStatus.SUPERSEDED)
			.toList();
		Map<Long, String> titles = new HashMap<>();
		this.projects.all(entries.stream().map(HoursEntry::getProjectId).distinct().toList())
			.forEach(p -> titles.put(p.getId(), p.getTitle()));
		List<CorrectionRequest> mine = this.corrections.mine(user);
		mine.forEach(c -> titles.computeIfAbsent(c.getProjectId(),
				id -> this.projects.find(id).map(Project::getTitle).orElse("")));
		model.addAttribute("entries", entries);
		model.addAttribute("titles", titles);
		model.addAttribute("requests", mine);
		return "record/corrections-mine";
	}

	@PostMapping("/me/corrections")
	String ask(@AuthenticationPrincipal CurrentUser user, @RequestParam Long entryId,
			@RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
		this.corrections.ask(user, entryId, hours, reason, evidence);
		redirect.addFlashAttribute("flash", "record.correction.sent");
		return "redirect:/me/corrections";
	}

	@PostMapping("/me/corrections/missing")
	String askMissing(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
		this.corrections.askMissing(user, projectId, date, hours, reason, evidence);
		redirect.addFlashAttribute("flash", "record.correction.sent");
		return "redirect:/me/corrections";
	}

	@GetMapping("/corrections")
	String toAnswer(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			Model model) {
		Page<CorrectionRequest> requests = this.corrections.toAnswer(user,
				Paging.of(page, 20, null, org.springframework.data.domain.Sort.unsorted()));
		Map<Long, String> titles = new HashMap<>();
		this.projects.all(requests.getContent().stream().map(CorrectionRequest::getProjectId).distinct().toList())
			.forEach(p -> titles.put(p.getId(), p.getTitle()));
		model.addAttribute("requests", requests);
		model.addAttribute("titles", titles);
		model.addAttribute("students",
				this.accounts.byId(requests.getContent().stream().map(CorrectionRequest::getStudentId).toList()));
		return "record/corrections";
	}

	@PostMapping("/corrections/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) CorrectionAnswer decision, @RequestParam(required = false) BigDecimal hours,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.corrections.answer(user, id, decision, hours, reason);
		redirect.addFlashAttribute("flash", "record.correction.answer-saved");
		return "redirect:/corrections";
	}

	@GetMapping("/corrections/{id}/evidence")
	ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		UploadedFile file = this.corrections.evidence(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@GetMapping("/records/exports")
	String exports(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.isAdmin()) {
			throw org.practica.support.Problem.forbidden();
		}
		LocalDate today = this.records.today();
		model.addAttribute("choices", this.exports.choices(user));
		model.addAttribute("exports", this.exports.latest(user));
		model.addAttribute("from", today.withDayOfYear(1));
		model.addAttribute("to", today);
		return "record/exports";
	}

	@GetMapping("/records/exports/download")
	void download(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws java.io.IOException {
		RecordExports.Export export = this.exports.export(user, organisationId, from, to, locale);
		RecordApiController.xlsxHeaders(response, export);
		this.exports.write(export, response.getOutputStream());
	}

}
