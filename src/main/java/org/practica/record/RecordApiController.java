package org.practica.record;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.certificate.Certificates;
import org.practica.directory.CurrentUser;
import org.practica.report.Spreadsheets;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Volunteer records")
class RecordApiController {

	private final VolunteerRecords records;

	private final RecordPdf pdf;

	private final Corrections corrections;

	private final RecordExports exports;

	private final ZoneId zone;

	private final Certificates certificates;

	RecordApiController(VolunteerRecords records, RecordPdf pdf, Corrections corrections, RecordExports exports,
			Certificates certificates) {
		this.records = records;
		this.pdf = pdf;
		this.corrections = corrections;
		this.exports = exports;
		this.certificates = certificates;
		this.zone = certificates.zone();
	}

	@Operation(summary = "The caller's volunteer record in the five parts of the national rules",
			description = "person (the ID number whole, for its owner), service, training, awards, evaluations. "
					+ "trainingKept is false while no module keeps training.")
	@GetMapping("/me/record")
	VolunteerRecord mine(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.records.of(user, user.id(), locale);
	}

	@Operation(summary = "A student's volunteer record (the student, or an admin of the student's college); the ID "
			+ "number masked for anyone but the student")
	@GetMapping("/records/students/{id}")
	VolunteerRecord student(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		return this.records.of(user, id, locale);
	}

	@Operation(summary = "A student's volunteer record as a PDF in the certificate's style")
	@GetMapping(path = "/records/students/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
		return RecordController.pdfResponse(id,
				this.pdf.render(this.records.of(user, id, locale), this.certificates.today()));
	}

	@Operation(summary = "Export to the national volunteer system: XLSX in its import layout",
			description = "An admin of the organisation (or above it). Sheet 1: one row per verified hours entry worked "
					+ "in the period (name, ID type, ID number, volunteer number, activity, organisation, start and end "
					+ "dates, hours as a decimal, whether an earlier export carried it). Sheet 2: the entries that "
					+ "cannot go (no ID number, invalid or duplicate ID number, unverified hours) with the reason. "
					+ "Each export is recorded: X-Export-Id, X-Export-Rows, X-Export-Refused, X-Export-Repeated.")
	@GetMapping(path = "/records/export.xlsx", produces = Spreadsheets.XLSX)
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws java.io.IOException {
		RecordExports.Export export = this.exports.export(user, organisationId, from, to, locale);
		xlsxHeaders(response, export);
		this.exports.write(export, response.getOutputStream());
	}

	static void xlsxHeaders(HttpServletResponse response, RecordExports.Export export) {
		response.setContentType(Spreadsheets.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("volunteer-records-" + export.record().getPeriodFrom() + "-"
							+ export.record().getPeriodTo() + ".xlsx")
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader("X-Export-Id", String.valueOf(export.record().getId()));
		response.setHeader("X-Export-Rows", String.valueOf(export.rows().size()));
		response.setHeader("X-Export-Refused", String.valueOf(export.refused().size()));
		response.setHeader("X-Export-Repeated", String.valueOf(export.record().getRepeatedCount()));
	}

	@Operation(summary = "The exports made of the organisations the caller manages, newest first")
	@GetMapping("/records/exports")
	List<ExportJson> exports(@AuthenticationPrincipal CurrentUser user) {
		return this.exports.latest(user).stream().map(this::json).toList();
	}

	@Operation(summary = "Ask for an hours entry to be corrected (the entry's student)",
			description = "JSON {\"reason\",\"hours\"}, or multipart with an optional evidence file (PDF, JPEG, PNG). "
					+ "The project's community admin answers within practica.record.correction-days days.")
	@PostMapping(path = "/hours/{id}/correction-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", description = "The request")
	ResponseEntity<CorrectionJson> ask(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody AskRequest request) {
		return created(this.corrections.ask(user, id, request.hours(), request.reason(), null));
	}

	@Operation(summary = "Ask for an hours entry to be corrected, with evidence")
	@PostMapping(path = "/hours/{id}/correction-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CorrectionJson> askWithEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
			@RequestPart(required = false) MultipartFile evidence) {
		return created(this.corrections.ask(user, id, hours, reason, evidence));
	}

	@Operation(summary = "Ask for missing hours to be recorded (a student, on a project they may see)",
			description = "multipart projectId, date, hours, reason and an optional evidence file")
	@PostMapping(path = "/correction-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CorrectionJson> askMissing(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
			@RequestPart(required = false) MultipartFile evidence) {
		return created(this.corrections.askMissing(user, projectId == null ? null : Ids.parse(projectId), date, hours,
				reason, evidence));
	}

	@Operation(summary = "Ask for missing hours to be recorded, without evidence")
	@PostMapping(path = "/correction-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CorrectionJson> askMissingJson(@AuthenticationPrincipal CurrentUser user,
			@RequestBody MissingRequest request) {
		return created(
				this.corrections.askMissing(user, request.projectId() == null ? null : Ids.parse(request.projectId()),
						request.date(), request.hours(), request.reason(), null));
	}

	@Operation(
			summary = "Answer a correction request (the project's community admin; after the deadline also the "
					+ "street's or district's)",
			description = "decision CORRECTED (a ledger correction with the hours, verified), BACKFILLED (a missing "
					+ "entry recorded as a back-fill the university then approves) or REFUSED (reason required)")
	@PostMapping("/correction-requests/{id}/decision")
	CorrectionJson decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody DecisionRequest request) {
		return json(this.corrections.answer(user, id, request.decision(), request.hours(), request.reason()));
	}

	@Operation(summary = "One correction request (its student, or an admin over its community or student)")
	@GetMapping("/correction-requests/{id}")
	CorrectionJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.corrections.get(user, id));
	}

	@Operation(summary = "The caller's correction requests, newest first")
	@GetMapping("/me/correction-requests")
	PageResponse<CorrectionJson> mine(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.corrections.mine(user), page, size, this::json);
	}

	@Operation(summary = "The correction requests of the communities the caller manages, open first")
	@GetMapping("/correction-requests")
	PageResponse<CorrectionJson> toAnswer(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.corrections.toAnswer(user,
				Paging.of(page, size, null, org.springframework.data.domain.Sort.unsorted())), this::json);
	}

	private ResponseEntity<CorrectionJson> created(CorrectionRequest request) {
		return ResponseEntity.created(URI.create("/api/v1/correction-requests/" + request.getId())).body(json(request));
	}

	private CorrectionJson json(CorrectionRequest c) {
		return new CorrectionJson(Ids.text(c.getId()), Ids.text(c.getStudentId()), Ids.text(c.getEntryId()),
				Ids.text(c.getProjectId()), c.getWorkDate(), c.getCurrentHours(), c.getAskedHours(), c.getReason(),
				c.hasEvidence(), c.getStatus().name(), c.getDueOn(),
				c.getAnswer() == null ? null : c.getAnswer().name(), c.getAnsweredHours(), c.getAnswerReason(),
				Ids.text(c.getResultEntryId()),
				c.getEscalatedAt() == null ? null : c.getEscalatedAt().atZone(this.zone).toOffsetDateTime().toString(),
				c.getRequestedAt().atZone(this.zone).toOffsetDateTime().toString());
	}

	private ExportJson json(RecordExport e) {
		return new ExportJson(Ids.text(e.getId()), Ids.text(e.getOrganisationId()), e.getPeriodFrom(), e.getPeriodTo(),
				e.getRowCount(), e.getRefusedCount(), e.getRepeatedCount(), e.getExportedBy(),
				e.getExportedAt().atZone(this.zone).toOffsetDateTime().toString());
	}

	record AskRequest(String reason, BigDecimal hours) {
	}

	record MissingRequest(String projectId, LocalDate date, BigDecimal hours, String reason) {
	}

	record DecisionRequest(CorrectionAnswer decision, BigDecimal hours, String reason) {
	}

	record CorrectionJson(String id, String studentId, String entryId, String projectId, LocalDate workDate,
			BigDecimal currentHours, BigDecimal hours, String reason, boolean evidence, String status, LocalDate dueOn,
			String decision, BigDecimal answeredHours, String answerReason, String resultEntryId, String escalatedAt,
			String requestedAt) {
	}

	record ExportJson(String id, String organisationId, LocalDate from, LocalDate to, int rows, int refused,
			int alreadyExported, String exportedBy, String exportedAt) {
	}

}
