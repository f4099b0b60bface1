package org.practica.partnership;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Partnerships")
class AgreementApiController {

	private final Agreements agreements;

	AgreementApiController(Agreements agreements) {
		this.agreements = agreements;
	}

	@Operation(summary = "Draft an agreement between a university or college and a district, street or community")
	@PostMapping("/api/v1/agreements")
	@ApiResponse(responseCode = "201", description = "The draft agreement")
	ResponseEntity<AgreementJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AgreementRequest request) {
		Agreement agreement = this.agreements.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.getId()))
			.body(json(user, agreement));
	}

	@Operation(summary = "The agreements the caller sees; status DRAFT, ACTIVE, EXPIRING, EXPIRED or TERMINATED")
	@GetMapping("/api/v1/agreements")
	PageResponse<AgreementJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AgreementStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(0, page);
		List<Agreement> all = this.agreements.listFor(user, status);
		List<AgreementJson> items = all.stream()
			.skip((long) pageNumber * pageSize)
			.limit(pageSize)
			.map(a -> json(user, a))
			.toList();
		return new PageResponse<>(items, pageNumber, pageSize, all.size());
	}

	@Operation(summary = "One agreement, with its renewals")
	@GetMapping("/api/v1/agreements/{id}")
	AgreementJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.agreements.get(user, id));
	}

	@Operation(summary = "Sign for the caller's party (a party's admin); the signing date may not be in the future",
			description = "The first party's signature makes the agreement AWAITING_OTHER_PARTY (awaitingSignatureOf "
					+ "names the other party; awaitingYourSignature is true for its admins); it is in force once an "
					+ "admin of each party, two different people, has signed. A party that has signed: 409.")
	@PostMapping("/api/v1/agreements/{id}/sign")
	AgreementJson sign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody SignRequest request) {
		return json(user, this.agreements.sign(user, id, request.signedOn(), request.signatories()));
	}

	@Operation(summary = "Renew to a later end date (a party's admin); not after termination")
	@PostMapping("/api/v1/agreements/{id}/renew")
	AgreementJson renew(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody RenewRequest request) {
		return json(user, this.agreements.renew(user, id, request.endsOn()));
	}

	@Operation(summary = "Terminate with a reason (a party's admin)")
	@PostMapping("/api/v1/agreements/{id}/terminate")
	AgreementJson terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody TerminateRequest request) {
		return json(user, this.agreements.terminate(user, id, request.reason()));
	}

	@Operation(summary = "Attach a signed scan: PDF, JPEG or PNG by content, at most 10 MB")
	@PostMapping(path = "/api/v1/agreements/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The attached scan")
	ResponseEntity<AttachmentJson> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		AgreementAttachment attachment = this.agreements.attach(user, id, file);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/attachments/" + attachment.getId()))
			.body(json(attachment));
	}

	@Operation(summary = "The agreement's signed scans")
	@GetMapping("/api/v1/agreements/{id}/attachments")
	PageResponse<AttachmentJson> attachments(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.agreements.attachments(this.agreements.get(user, id)), page, size, this::json);
	}

	@Operation(summary = "Download one signed scan")
	@GetMapping("/api/v1/agreements/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		return file(this.agreements.attachment(user, id, attachmentId));
	}

	static ResponseEntity<byte[]> file(AgreementAttachment attachment) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header("Content-Disposition",
					org.springframework.http.ContentDisposition.attachment()
						.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.getBytes());
	}

	@Operation(summary = "What the agreement produced: its projects, their students and verified hours")
	@GetMapping("/api/v1/agreements/{id}/outcomes")
	OutcomesJson outcomes(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Agreements.Outcomes outcomes = this.agreements.outcomes(this.agreements.get(user, id));
		return new OutcomesJson(outcomes.projects().size(), outcomes.students(), outcomes.verifiedHours(),
				outcomes.projects()
					.stream()
					.map(p -> new ProjectOutcomeJson(p.project().getId().toString(), p.project().getTitle(),
							p.students(), p.verifiedHours()))
					.toList());
	}

	@Operation(summary = "Link a project to an agreement in force whose parties cover its team and community")
	@PostMapping("/api/v1/projects/{id}/agreement")
	LinkJson link(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody LinkRequest request) {
		Agreement agreement = this.agreements.link(user, id, request.agreementId());
		return new LinkJson(id.toString(), agreement.getId().toString());
	}

	@Operation(summary = "Open a practice base under an agreement in force (a party's admin)")
	@PostMapping("/api/v1/practice-bases")
	@ApiResponse(responseCode = "201", description = "The new practice base")
	ResponseEntity<BaseJson> openBase(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody PracticeBaseRequest request) {
		PracticeBase base = this.agreements.openBase(user, request);
		return ResponseEntity.created(URI.create("/api/v1/practice-bases/" + base.getId()))
			.body(json(new Agreements.BaseDistance(base, null)));
	}

	@Operation(
			summary = "Practice bases of the agreements the caller sees; with campusId, nearest first with distanceKm")
	@GetMapping("/api/v1/practice-bases")
	PageResponse<BaseJson> bases(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long agreementId, @RequestParam(required = false) Long campusId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.agreements.bases(user, agreementId, campusId), page, size, this::json);
	}

	private AgreementJson json(CurrentUser user, Agreement a) {
		Agreement.Party awaited = a.awaitedParty();
		return new AgreementJson(a.getId().toString(), a.getKind().name(), a.getTitle(),
				a.getUniversitySideId().toString(), a.getLocalSideId().toString(), a.getStartsOn(), a.getEndsOn(),
				a.status(this.agreements.today()).name(), a.getSignedOn(), a.getSignatories(), a.getTerminatedOn(),
				a.getTerminationReason(),
				this.agreements.renewals(a)
					.stream()
					.map(r -> new RenewalJson(r.getPreviousEndsOn(), r.getNewEndsOn(), r.getRenewedOn()))
					.toList(),
				a.getUniversitySignedOn(), a.getLocalSignedOn(), awaited == null ? null : awaited.name(),
				this.agreements.awaitsSignatureOf(user, a));
	}

	private AttachmentJson json(AgreementAttachment a) {
		return new AttachmentJson(a.getId().toString(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
				a.getSha256());
	}

	private BaseJson json(Agreements.BaseDistance d) {
		PracticeBase b = d.base();
		return new BaseJson(b.getId().toString(), b.getAgreementId().toString(), b.getName(), b.getAddress(),
				b.getLatitude(), b.getLongitude(), b.getCapacity(), b.getContact(),
				d.distanceKm() == null ? null : Math.round(d.distanceKm() * 100) / 100.0);
	}

	record SignRequest(@NotNull(message = "{agreement.signed.required}") LocalDate signedOn,
			@NotNull(message = "{agreement.signatories.required}") List<@Size(max = Agreement.SIGNATORIES_MAX,
					message = "{agreement.signatories.too-long}") String> signatories) {
	}

	record RenewRequest(@NotNull(message = "{agreement.ends.required}") LocalDate endsOn) {
	}

	record TerminateRequest(@NotBlank(message = "{agreement.reason.required}") @Size(
			max = Agreement.TERMINATION_REASON_MAX, message = "{agreement.reason.too-long}") String reason) {
	}

	record LinkRequest(@NotBlank(message = "{agreement.link.agreement.required}") String agreementId) {
	}

	record RenewalJson(LocalDate previousEndsOn, LocalDate endsOn, LocalDate renewedOn) {
	}

	record AgreementJson(String id, String kind, String title, String universitySideId, String localSideId,
			LocalDate startsOn, LocalDate endsOn, String status, LocalDate signedOn, List<String> signatories,
			LocalDate terminatedOn, String terminationReason, List<RenewalJson> renewals,
			LocalDate universitySideSignedOn, LocalDate localSideSignedOn, String awaitingSignatureOf,
			boolean awaitingYourSignature) {
	}

	record AttachmentJson(String id, String fileName, String contentType, long size, String sha256) {
	}

	record OutcomesJson(int projects, int students, BigDecimal verifiedHours, List<ProjectOutcomeJson> items) {
	}

	record ProjectOutcomeJson(String projectId, String title, int students, BigDecimal verifiedHours) {
	}

	record LinkJson(String projectId, String agreementId) {
	}

	record BaseJson(String id, String agreementId, String name, String address, double latitude, double longitude,
			int capacity, String contact, Double distanceKm) {
	}

}
