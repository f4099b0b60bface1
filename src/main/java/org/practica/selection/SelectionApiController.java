package org.practica.selection;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.StoredFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Recognition")
class SelectionApiController {

	private final Selections selections;

	private final CaseLibrary library;

	SelectionApiController(Selections selections, CaseLibrary library) {
		this.selections = selections;
		this.library = library;
	}

	@Operation(summary = "Open a case selection with units, a rubric, judges per case and a deadline (an admin)")
	@PostMapping("/api/v1/selections")
	@ApiResponse(responseCode = "201", description = "The new selection")
	ResponseEntity<SelectionJson> open(@AuthenticationPrincipal CurrentUser user,
			@RequestBody SelectionRequest request) {
		Selection selection = this.selections.open(user, request);
		return ResponseEntity.created(URI.create("/api/v1/selections/" + selection.getId()))
			.body(json(user, selection));
	}

	@Operation(summary = "Every selection (open calls), newest first")
	@GetMapping("/api/v1/selections")
	PageResponse<SelectionJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.selections.all(), page, size, s -> json(user, s));
	}

	@Operation(summary = "One selection")
	@GetMapping("/api/v1/selections/{id}")
	SelectionJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return json(user, this.selections.get(Ids.parse(id)));
	}

	@Operation(summary = "Submit a case for an organisation the caller manages, before the deadline (after: 409)")
	@PostMapping("/api/v1/selections/{id}/cases")
	@ApiResponse(responseCode = "201", description = "The submitted case")
	ResponseEntity<CaseJson> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody CaseRequest request) {
		SelectionCase found = this.selections.submit(user, Ids.parse(id), request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + found.getId())).body(json(found, true));
	}

	@Operation(summary = "The cases of a selection the caller sees: all for its admins, the assigned ones for a judge")
	@GetMapping("/api/v1/selections/{id}/cases")
	PageResponse<CaseJson> cases(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Selection selection = this.selections.get(Ids.parse(id));
		return PageResponse.of(this.selections.casesFor(user, selection), page, size, c -> json(c, false));
	}

	@Operation(summary = "Attach a PDF, JPEG or PNG (by content) to a case; photos are stored without metadata")
	@PostMapping(path = "/api/v1/cases/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The attachment")
	ResponseEntity<AttachmentJson> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		CaseAttachment attachment = this.selections.attach(user, Ids.parse(id), file);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + attachment.getId()))
			.body(json(attachment));
	}

	@Operation(summary = "Download a case's attachment (public once the case is published)")
	@GetMapping("/api/v1/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@PathVariable String attachmentId) {
		return file(this.selections.attachment(user, Ids.parse(id), Ids.parse(attachmentId)));
	}

	static ResponseEntity<byte[]> file(Selections.AttachmentFile file) {
		ResponseEntity<byte[]> served = file.published()
				? StoredFiles.publicFile(file.bytes(), file.attachment().getContentType())
				: StoredFiles.privateFile(file.bytes(), file.attachment().getContentType());
		return ResponseEntity.status(served.getStatusCode())
			.headers(served.getHeaders())
			.header("Content-Disposition",
					ContentDisposition.inline()
						.filename(file.attachment().getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@Operation(summary = "End submissions now, before the deadline (the selection's admin)")
	@PostMapping("/api/v1/selections/{id}/end-submissions")
	SelectionJson endSubmissions(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return json(user, this.selections.endSubmissions(user, Ids.parse(id)));
	}

	@Operation(summary = "Invite an account to judge (the selection's admin)")
	@PostMapping("/api/v1/selections/{id}/judges")
	@ApiResponse(responseCode = "201", description = "The judge")
	ResponseEntity<JudgeJson> invite(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody UserRequest request) {
		SelectionJudge judge = this.selections.invite(user, Ids.parse(id), request.userId());
		return ResponseEntity.status(201).body(judgeJson(judge));
	}

	@Operation(summary = "A judge declares a conflict with an organisation: no case of it or below goes to them")
	@PostMapping("/api/v1/selections/{id}/conflicts")
	@ApiResponse(responseCode = "201", description = "The declared conflict")
	ResponseEntity<ConflictJson> conflict(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody OrganisationRequest request) {
		SelectionConflict conflict = this.selections.declareConflict(user, Ids.parse(id), request.organisationId());
		return ResponseEntity.status(201)
			.body(new ConflictJson(conflict.getId().toString(), conflict.getJudgeAccountId().toString(),
					conflict.getOrganisationId().toString()));
	}

	@Operation(summary = "Assign judges to every case: judgesPerCase each, none from the case's university or "
			+ "district, none in declared conflict, loads within one (422 when impossible)")
	@PostMapping("/api/v1/selections/{id}/assign")
	AssignmentsJson assign(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return assignments(this.selections.assign(user, Ids.parse(id)));
	}

	@Operation(summary = "The current assignment (the selection's admin)")
	@GetMapping("/api/v1/selections/{id}/assignments")
	AssignmentsJson assignments(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		Selection selection = this.selections.getManaged(user, Ids.parse(id));
		Map<Long, List<Long>> byCase = new LinkedHashMap<>();
		this.selections.assignments(selection)
			.forEach(a -> byCase.computeIfAbsent(a.getCaseId(), k -> new ArrayList<>()).add(a.getJudgeAccountId()));
		return assignments(byCase);
	}

	private static AssignmentsJson assignments(Map<Long, List<Long>> byCase) {
		return new AssignmentsJson(byCase.entrySet()
			.stream()
			.map(e -> new AssignmentJson(e.getKey().toString(), e.getValue().stream().map(String::valueOf).toList()))
			.toList());
	}

	@Operation(summary = "An assigned judge scores a case: every criterion from 0 to its max, and a comment")
	@PutMapping("/api/v1/cases/{id}/scores")
	ScoreJson score(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody ScoreRequest request) {
		CaseScore score = this.selections.score(user, Ids.parse(id), request.scores(), request.comment());
		return json(score, user);
	}

	@Operation(summary = "Every judge's score of a case: the selection's admins; an assigned judge once their own "
			+ "is saved (403 before)")
	@GetMapping("/api/v1/cases/{id}/scores")
	CaseScoresJson scores(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		List<CaseScore> found = this.selections.scores(user, Ids.parse(id));
		return new CaseScoresJson(id, found.stream().map(s -> json(s, user)).toList());
	}

	@Operation(summary = "Close: raw and normalised scores, ranked per unit, frozen")
	@PostMapping("/api/v1/selections/{id}/close")
	RankingsJson close(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		Map<Unit, List<SelectionCase>> rankings = this.selections.close(user, Ids.parse(id));
		return rankings(this.selections.get(Ids.parse(id)), rankings);
	}

	@Operation(summary = "The frozen rankings per unit, with the judges' figures (409 before close)")
	@GetMapping("/api/v1/selections/{id}/rankings")
	RankingsJson rankings(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		Map<Unit, List<SelectionCase>> rankings = this.selections.rankings(user, Ids.parse(id));
		return rankings(this.selections.get(Ids.parse(id)), rankings);
	}

	private RankingsJson rankings(Selection selection, Map<Unit, List<SelectionCase>> rankings) {
		Map<String, List<RankJson>> units = new LinkedHashMap<>();
		rankings.forEach((unit, list) -> units.put(unit.name(),
				list.stream()
					.map(c -> new RankJson(c.getId().toString(), c.getTitle(), c.getRawScore(), c.getNormalisedScore(),
							c.getUnitRank(), c.getScoreSpread(), c.getJudgeCount(), c.isFlaggedJudge()))
					.toList()));
		List<JudgeJson> judges = this.selections.judges(selection)
			.stream()
			.map(SelectionApiController::judgeJson)
			.toList();
		return new RankingsJson(selection.getId().toString(), selection.getClosedAt(), selection.maxTotal(), units,
				judges);
	}

	@Operation(summary = "Publish chosen cases of a closed selection into the public case library")
	@PostMapping("/api/v1/selections/{id}/publish")
	PublishedJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody PublishRequest request) {
		List<SelectionCase> published = this.selections.publish(user, Ids.parse(id), request.caseIds());
		return new PublishedJson(published.stream().map(c -> c.getId().toString()).toList());
	}

	@Operation(summary = "The public case library: full text in Chinese and English, facets (unit, organisation, "
			+ "year) with counts, matched words marked in titleHtml and snippetHtml (escaped HTML)")
	@GetMapping("/api/v1/cases")
	LibraryJson library(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String organisationId, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Unit chosen = Selections.unit(unit);
		if (unit != null && !unit.isBlank() && chosen == null) {
			throw org.practica.support.FieldProblem.invalid("unit", "selection.unit.unknown");
		}
		Long organisation = null;
		if (organisationId != null && !organisationId.isBlank()) {
			try {
				organisation = Long.valueOf(organisationId.strip());
			}
			catch (NumberFormatException ex) {
				throw org.practica.support.FieldProblem.invalid("organisationId", "selection.organisation.unknown");
			}
		}
		CaseIndex.LibraryPage found = this.library.search(q, chosen, organisation, year, page, size);
		Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
		found.facets()
			.forEach((dimension, counts) -> facets.put(dimension,
					counts.stream().map(c -> new FacetJson(c.value(), c.count())).toList()));
		return new LibraryJson(found.hits()
			.stream()
			.map(h -> new LibraryHitJson(h.id().toString(), h.unit(), h.organisationId().toString(),
					h.organisationName(), h.year(), h.title(), h.titleHtml(), h.snippetHtml()))
			.toList(), Math.max(0, page), found.total(), facets);
	}

	@Operation(summary = "One case: public once published; before, to the selection's admins, the submitting "
			+ "organisation's admins and its assigned judges")
	@GetMapping("/api/v1/cases/{id}")
	CaseJson getCase(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		SelectionCase found = this.selections.getCase(user, Ids.parse(id));
		return json(found, true);
	}

	private SelectionJson json(CurrentUser user, Selection s) {
		Instant now = this.selections.now();
		return new SelectionJson(s.getId().toString(), s.getOrganisationId().toString(), s.getTitle(),
				s.getUnits().stream().map(Unit::name).toList(),
				s.getCriteria()
					.stream()
					.map(c -> new CriterionJson(c.getCode(), c.getName(), c.getWeight(), c.getMax()))
					.toList(),
				s.getJudgesPerCase(), s.getSubmissionsClose(), s.acceptsSubmissions(now), s.getAssignedAt(),
				s.getClosedAt(), s.maxTotal());
	}

	private CaseJson json(SelectionCase c, boolean attachments) {
		return new CaseJson(c.getId().toString(), c.getSelectionId().toString(), c.getUnit().name(), c.getTitle(),
				c.getSummary(), c.getBody(), c.getOrganisationId().toString(), c.getSubmittedAt(), c.getPublishedAt(),
				attachments ? this.selections.attachments(c).stream().map(SelectionApiController::json).toList()
						: null);
	}

	private static AttachmentJson json(CaseAttachment a) {
		return new AttachmentJson(a.getId().toString(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
				a.getSha256(), "/api/v1/cases/" + a.getCaseId() + "/attachments/" + a.getId());
	}

	private static JudgeJson judgeJson(SelectionJudge j) {
		return new JudgeJson(j.getAccountId().toString(), j.getScoreCount(), j.getScoreMean(), j.getScoreSd(),
				j.isFlagged());
	}

	/** A score; other judges' ids are shown to the selection's admins only. */
	private ScoreJson json(CaseScore s, CurrentUser user) {
		boolean mine = user != null && s.getJudgeAccountId().equals(user.id());
		boolean admin = user != null && this.selections.manages(user, this.selections.get(s.getSelectionId()));
		return new ScoreJson(s.getCaseId().toString(), mine || admin ? s.getJudgeAccountId().toString() : null, mine,
				new java.util.TreeMap<>(s.getPoints()), s.getTotal(), s.getComment(), s.getScoredAt());
	}

	record UserRequest(String userId) {
	}

	record OrganisationRequest(String organisationId) {
	}

	record ScoreRequest(Map<String, Integer> scores, String comment) {
	}

	record PublishRequest(List<String> caseIds) {
	}

	record CriterionJson(String code, String name, java.math.BigDecimal weight, int max) {
	}

	record SelectionJson(String id, String organisationId, String title, List<String> units,
			List<CriterionJson> criteria, int judgesPerCase, Instant submissionsClose, boolean acceptsSubmissions,
			Instant assignedAt, Instant closedAt, double maxTotal) {
	}

	record CaseJson(String id, String selectionId, String unit, String title, String summary, String body,
			String organisationId, Instant submittedAt, Instant publishedAt, List<AttachmentJson> attachments) {
	}

	record AttachmentJson(String id, String fileName, String contentType, long size, String sha256, String href) {
	}

	record JudgeJson(String userId, Integer scores, Double mean, Double sd, boolean flagged) {
	}

	record ConflictJson(String id, String judgeId, String organisationId) {
	}

	record AssignmentJson(String caseId, List<String> judgeIds) {
	}

	record AssignmentsJson(List<AssignmentJson> assignments) {
	}

	record ScoreJson(String caseId, String judgeId, boolean mine, Map<String, Integer> scores, double total,
			String comment, Instant scoredAt) {
	}

	record CaseScoresJson(String caseId, List<ScoreJson> scores) {
	}

	record RankJson(String caseId, String title, Double raw, Double normalised, Integer rank, Double spread,
			Integer judges, boolean flaggedJudge) {
	}

	record RankingsJson(String selectionId, Instant closedAt, double maxTotal, Map<String, List<RankJson>> rankings,
			List<JudgeJson> judges) {
	}

	record PublishedJson(List<String> published) {
	}

	record FacetJson(String value, long count) {
	}

	record LibraryHitJson(String id, String unit, String organisationId, String organisationName, int year,
			String title, String titleHtml, String snippetHtml) {
	}

	record LibraryJson(List<LibraryHitJson> items, int page, long total, Map<String, List<FacetJson>> facets) {
	}

}
