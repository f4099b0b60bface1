package org.practica.certificate;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.Ids;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hours and certificates")
class CertificateBatchApiController {

	private final CertificateBatches batches;

	private final CertificateReviews reviews;

	private final CertificateApiController certificates;

	CertificateBatchApiController(CertificateBatches batches, CertificateReviews reviews,
			CertificateApiController certificates) {
		this.batches = batches;
		this.reviews = reviews;
		this.certificates = certificates;
	}

	@Operation(summary = "Issue certificates for every student of a college or university with verified hours in a "
			+ "period (its admin); runs in the background, its progress in GET /certificate-batches/{id}")
	@PostMapping("/certificate-batches")
	@ApiResponse(responseCode = "202", description = "The batch, started")
	ResponseEntity<BatchJson> start(@AuthenticationPrincipal CurrentUser user, @RequestBody BatchRequest request) {
		CertificateBatch batch = this.batches.start(user, Ids.parse(request.organisationId()), request.from(),
				request.to());
		this.batches.run(batch.getId());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/certificate-batches/" + batch.getId()))
			.body(BatchJson.of(batch));
	}

	@Operation(summary = "A batch's progress")
	@GetMapping("/certificate-batches/{id}")
	BatchJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return BatchJson.of(this.batches.get(user, id));
	}

	@Operation(summary = "A batch's certificates as one ZIP of PDFs")
	@GetMapping(path = "/certificate-batches/{id}/zip", produces = "application/zip")
	void zip(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response)
			throws java.io.IOException {
		this.batches.get(user, id);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("certificates-" + id + ".zip").build().toString());
		this.batches.zip(user, id, response.getOutputStream());
	}

	@Operation(summary = "Whether the university reviews certificates before issue (its admin)")
	@PutMapping("/organisations/{id}/certificate-policy")
	Map<String, Boolean> policy(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody Map<String, Boolean> body) {
		this.reviews.choose(user, id, Boolean.TRUE.equals(body.get("reviewRequired")));
		return Map.of("reviewRequired", this.reviews.reviewRequired(user, id));
	}

	@Operation(summary = "The certificates waiting for the university's review (its admin)")
	@GetMapping("/organisations/{id}/certificate-reviews")
	List<ReviewJson> queue(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.reviews.queue(user, id).stream().map(ReviewJson::of).toList();
	}

	@Operation(summary = "Issue a certificate that waited for review")
	@PostMapping("/certificate-reviews/{id}/approve")
	ResponseEntity<CertificateApiController.CertificateJson> approve(@AuthenticationPrincipal CurrentUser user,
			@PathVariable Long id) {
		Certificate certificate = this.reviews.approve(user, id);
		return ResponseEntity.created(URI.create("/api/v1/certificates/" + certificate.getNumber()))
			.body(this.certificates.json(certificate));
	}

	@Operation(summary = "Refuse a certificate that waited for review, with a reason")
	@PostMapping("/certificate-reviews/{id}/refuse")
	ReviewJson refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody Map<String, String> body) {
		return ReviewJson.of(this.reviews.refuse(user, id, body.get("reason")));
	}

	record BatchRequest(String organisationId, LocalDate from, LocalDate to) {
	}

	record BatchJson(String id, String organisationId, LocalDate from, LocalDate to, String status, int students,
			int done, int issued, int queued, int failed, int percent, String zip) {

		static BatchJson of(CertificateBatch b) {
			return new BatchJson(Ids.text(b.getId()), Ids.text(b.getOrganisationId()), b.getPeriodFrom(),
					b.getPeriodTo(), b.getStatus().name(), b.getStudents(), b.getDone(), b.getIssued(), b.getQueued(),
					b.getFailed(), b.getPercent(), "/api/v1/certificate-batches/" + b.getId() + "/zip");
		}

	}

	record ReviewJson(String id, String studentId, LocalDate from, LocalDate to, String status, String refusal,
			String certificateId) {

		static ReviewJson of(CertificateReview r) {
			return new ReviewJson(Ids.text(r.getId()), Ids.text(r.getStudentId()), r.getPeriodFrom(), r.getPeriodTo(),
					r.getStatus().name(), r.getRefusal(), Ids.text(r.getCertificateId()));
		}

	}

}
