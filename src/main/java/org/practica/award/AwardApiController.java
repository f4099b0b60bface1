package org.practica.award;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practica.directory.CurrentUser;
import org.practica.notice.Notice;
import org.practica.support.Ids;
import org.practica.support.PageResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recognition")
class AwardApiController {

	private final AwardCalls calls;

	private final MessageSource messages;

	private final ZoneId zone;

	AwardApiController(AwardCalls calls, MessageSource messages, Clock clock) {
		this.calls = calls;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Operation(
			summary = "Open an award call (an admin of the organisation); category VOLUNTEER, ORGANISATION or PROJECT")
	@ApiResponse(responseCode = "201", description = "The call")
	@PostMapping("/api/v1/award-calls")
	ResponseEntity<CallJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AwardRequest request) {
		AwardCall call = this.calls.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/award-calls/" + call.getId())).body(json(call));
	}

	@Operation(summary = "The award calls the caller runs or nominates to")
	@GetMapping("/api/v1/award-calls")
	PageResponse<CallJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(this.calls.listFor(user), page, size, this::json);
	}

	@Operation(summary = "One award call")
	@GetMapping("/api/v1/award-calls/{id}")
	CallJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return json(this.calls.get(user, Ids.parse(id)));
	}

	@Operation(
			summary = "Nominate to a call (an admin of an organisation below the call's, of a nominee in its subtree): "
					+ "201 with the evidence and every rule; 422 naming a rule that fails and its figure; "
					+ "409 outside the nominations window or over the organisation's quota")
	@ApiResponse(responseCode = "201", description = "The nomination")
	@PostMapping("/api/v1/award-calls/{id}/nominations")
	ResponseEntity<NominationJson> nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) NominationRequest request) {
		NominationRequest body = request == null ? new NominationRequest(null, null) : request;
		Nomination nomination = this.calls.nominate(user, Ids.parse(id), body.nomineeId(), body.statement());
		return ResponseEntity.created(URI.create("/api/v1/award-calls/" + id + "/nominations/" + nomination.getId()))
			.body(json(nomination));
	}

	@Operation(
			summary = "What the records say of a nominee for a call, without nominating: evidence, eligible, reasons")
	@GetMapping("/api/v1/award-calls/{id}/nominations/check")
	CheckJson check(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String nomineeId) {
		AwardCalls.Check check = this.calls.check(user, Ids.parse(id), nomineeId);
		return new CheckJson(check.nominee().id().toString(), check.nominee().name(),
				check.assessment().verifiedHours(), evidence(check.assessment().evidence()),
				check.assessment().eligible(), reasons(check.assessment().checks()));
	}

	@Operation(summary = "The nominations of a call: all for its admins, their own organisations' for nominators")
	@GetMapping("/api/v1/award-calls/{id}/nominations")
	PageResponse<NominationJson> nominations(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AwardCall call = this.calls.get(user, Ids.parse(id));
		return PageResponse.of(this.calls.nominations(user, call), page, size, this::json);
	}

	@Operation(
			summary = "Put the chosen nominations on public notice (公示) for the call's working days (the call's admins)")
	@PostMapping("/api/v1/award-calls/{id}/shortlist")
	ShortlistJson shortlist(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) ShortlistRequest request) {
		Notice notice = this.calls.shortlist(user, Ids.parse(id), request == null ? null : request.nominationIds());
		return new ShortlistJson(notice.getId().toString(), at(notice.getOpensAt()), at(notice.getClosesAt()));
	}

	@Operation(summary = "Finalise a call: the shortlist less upheld objections; 409 while the notice runs or an "
			+ "objection is undecided")
	@PostMapping("/api/v1/award-calls/{id}/finalise")
	FinalJson finalise(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return new FinalJson(this.calls.finalise(user, Ids.parse(id)).stream().map(this::json).toList());
	}

	private CallJson json(AwardCall c) {
		return new CallJson(c.getId().toString(), c.getOrganisationId().toString(), c.getYear(), c.getCategory().name(),
				c.getTitle(), c.getMinVerifiedHours(), c.getMinActiveMonths(), c.getQuotaPerOrganisation(),
				c.getNominationsOpen(), c.getNominationsClose(), c.getNoticeDays(), Ids.text(c.getNoticeId()),
				at(c.getFinalisedAt()));
	}

	private NominationJson json(Nomination n) {
		return new NominationJson(n.getId().toString(), n.getCallId().toString(), n.getNomineeId().toString(),
				n.getNomineeName(), n.getNomineeOrganisation(), n.getNominatingOrganisationId().toString(),
				n.getStatement(), n.getVerifiedHours(), evidence(n.getEvidence()),
				n.getChecks().stream().allMatch(RuleCheck::isHolds), reasons(n.getChecks()), n.isShortlisted(),
				n.isAwarded());
	}

	private List<EvidenceJson> evidence(List<Evidence> lines) {
		Locale locale = LocaleContextHolder.getLocale();
		return lines.stream()
			.map(e -> new EvidenceJson(e.getKind(), this.messages.getMessage(e.getLabel(), null, e.getLabel(), locale),
					this.messages.getMessage(e.getDetail(), null, e.getDetail(), locale)))
			.toList();
	}

	private List<ReasonJson> reasons(List<RuleCheck> checks) {
		Locale locale = LocaleContextHolder.getLocale();
		return checks.stream()
			.map(c -> new ReasonJson(c.getRule(), c.isHolds(), c.getFigure(), c.getThreshold(),
					this.messages.getMessage(c.getMessageKey(), c.getArguments(), locale)))
			.toList();
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	record NominationRequest(String nomineeId, String statement) {
	}

	record ShortlistRequest(List<String> nominationIds) {
	}

	record CallJson(String id, String organisationId, int year, String category, String title,
			BigDecimal minVerifiedHours, Integer minActiveMonths, int quotaPerOrganisation, LocalDate nominationsOpen,
			LocalDate nominationsClose, int noticeDays, String noticeId, OffsetDateTime finalisedAt) {
	}

	record EvidenceJson(String kind, String label, String detail) {
	}

	record ReasonJson(String rule, boolean holds, String figure, String threshold, String message) {
	}

	record NominationJson(String id, String callId, String nomineeId, String nomineeName, String nomineeOrganisation,
			String nominatingOrganisationId, String statement, BigDecimal verifiedHours, List<EvidenceJson> evidence,
			boolean eligible, List<ReasonJson> reasons, boolean shortlisted, boolean awarded) {
	}

	record CheckJson(String nomineeId, String nomineeName, BigDecimal verifiedHours, List<EvidenceJson> evidence,
			boolean eligible, List<ReasonJson> reasons) {
	}

	record ShortlistJson(String noticeId, OffsetDateTime opensAt, OffsetDateTime closesAt) {
	}

	record FinalJson(List<NominationJson> awarded) {
	}

}
