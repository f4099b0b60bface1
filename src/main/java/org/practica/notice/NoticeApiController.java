package org.practica.notice;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.practica.directory.CurrentUser;
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
class NoticeApiController {

	private final Notices notices;

	private final MessageSource messages;

	private final ZoneId zone;

	NoticeApiController(Notices notices, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Operation(summary = "A public notice (公示) with its subjects and the decisions on objections; no account needed. "
			+ "Objectors' names and contact details are never shown here")
	@GetMapping("/api/v1/notices/{id}")
	NoticeJson get(@PathVariable String id) {
		return json(this.notices.view(this.notices.get(Ids.parse(id))));
	}

	@Operation(summary = "Object to a subject of a notice by real name (no account needed): 400 without realName, "
			+ "contact or reason, 409 outside the window, 429 when this address objected too often")
	@ApiResponse(responseCode = "201", description = "The objection, recorded")
	@PostMapping("/api/v1/notices/{id}/objections")
	ResponseEntity<RaisedJson> object(@PathVariable String id, @RequestBody(required = false) ObjectionRequest request,
			HttpServletRequest http) {
		ObjectionRequest body = request == null ? new ObjectionRequest(null, null, null, null) : request;
		Objection objection = this.notices.object(Ids.parse(id), body.subjectId(), body.realName(), body.contact(),
				body.reason(), http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/notices/" + id))
			.body(new RaisedJson(objection.getId().toString(), objection.getNoticeId().toString(),
					objection.getSubjectId().toString(), objection.getStatus().name(), at(objection.getRaisedAt())));
	}

	@Operation(summary = "The objections to a notice with the objectors' details (an admin of its organisation)")
	@GetMapping("/api/v1/notices/{id}/objections")
	PageResponse<ObjectionJson> objections(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.notices.objections(user, Ids.parse(id)), page, size, this::json);
	}

	@Operation(summary = "The undecided objections to the notices of the organisations the caller manages")
	@GetMapping("/api/v1/objections")
	PageResponse<ObjectionJson> undecided(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.notices.undecided(user), page, size, this::json);
	}

	@Operation(summary = "Decide an objection, upheld or not, with a reason that is published "
			+ "(an admin of the notice's organisation); 409 once decided")
	@PostMapping("/api/v1/objections/{id}/decision")
	ObjectionJson decide(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) DecisionRequest request) {
		DecisionRequest body = request == null ? new DecisionRequest(null, null) : request;
		return json(this.notices.decide(user, Ids.parse(id), body.upheld(), body.reason()));
	}

	private NoticeJson json(NoticeView view) {
		Notice n = view.notice();
		Locale locale = LocaleContextHolder.getLocale();
		return new NoticeJson(n.getId().toString(), n.getOrganisationId().toString(), n.getOwnerKind(),
				n.getOwnerId().toString(), n.getTitle(), at(n.getOpensAt()), at(n.getClosesAt()), n.getWorkingDays(),
				view.state().name(),
				view.subjects()
					.stream()
					.map(s -> new SubjectJson(s.subject().getId().toString(), s.subject().getRef(),
							s.subject().getName(), s.standing().name(),
							s.subject()
								.getFacts()
								.stream()
								.map(f -> new FactJson(f.getLabel(),
										this.messages.getMessage(f.getLabel(), null, f.getLabel(), locale),
										f.getValue()))
								.toList(),
							s.objections()
								.stream()
								.map(o -> new PublicObjectionJson(o.getId().toString(), o.getStatus().name(),
										at(o.getRaisedAt()), o.getDecisionReason(), at(o.getDecidedAt())))
								.toList()))
					.toList());
	}

	private ObjectionJson json(Objection o) {
		NoticeSubject subject = this.notices.subjectOf(o);
		return new ObjectionJson(o.getId().toString(), o.getNoticeId().toString(), subject.getId().toString(),
				subject.getRef(), subject.getName(), o.getRealName(), o.getContact(), o.getReason(),
				at(o.getRaisedAt()), o.getStatus().name(), o.getDecisionReason(), at(o.getDecidedAt()),
				o.getDecidedBy());
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	record ObjectionRequest(String subjectId, String realName, String contact, String reason) {
	}

	record DecisionRequest(Boolean upheld, String reason) {
	}

	record NoticeJson(String id, String organisationId, String ownerKind, String ownerId, String title,
			OffsetDateTime opensAt, OffsetDateTime closesAt, int workingDays, String state,
			List<SubjectJson> subjects) {
	}

	record SubjectJson(String id, String ref, String name, String standing, List<FactJson> facts,
			List<PublicObjectionJson> objections) {
	}

	record FactJson(String key, String label, String value) {
	}

	/** An objection as everyone sees it: nothing of the objector, the decision if any. */
	record PublicObjectionJson(String id, String status, OffsetDateTime raisedAt, String decision,
			OffsetDateTime decidedAt) {
	}

	record RaisedJson(String id, String noticeId, String subjectId, String status, OffsetDateTime raisedAt) {
	}

	record ObjectionJson(String id, String noticeId, String subjectId, String subjectRef, String subjectName,
			String realName, String contact, String reason, OffsetDateTime raisedAt, String status, String decision,
			OffsetDateTime decidedAt, String decidedBy) {
	}

}
