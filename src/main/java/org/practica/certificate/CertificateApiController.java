package org.practica.certificate;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.Paging;
import org.practica.support.ProblemResponses;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hours and certificates")
class CertificateApiController {

	private final Certificates certificates;

	private final ProblemResponses problems;

	CertificateApiController(Certificates certificates, ProblemResponses problems) {
		this.certificates = certificates;
		this.problems = problems;
	}

	@Operation(summary = "Issue a certificate of the student's verified hours in a period (the student, or an admin "
			+ "of the student's college); 422 when there are none")
	@PostMapping("/certificates")
	@ApiResponse(responseCode = "201", description = "The issued certificate")
	@ApiResponse(responseCode = "202",
			description = "The student's university reviews certificates first: {\"reviewId\",\"status\":\"PENDING\"}")
	ResponseEntity<?> issue(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CertificateRequest request) {
		Certificates.Requested requested = this.certificates.request(user, Ids.parse(request.studentId()),
				request.from(), request.to(), null);
		if (requested.certificate() == null) {
			return ResponseEntity.accepted()
				.body(Map.of("reviewId", Ids.text(requested.review().getId()), "status",
						requested.review().getStatus().name()));
		}
		Certificate certificate = requested.certificate();
		return ResponseEntity.created(URI.create("/api/v1/certificates/" + certificate.getNumber()))
			.body(json(certificate));
	}

	@Operation(summary = "A student's certificates, newest first (the student, or an admin of the student's college)")
	@GetMapping("/certificates")
	PageResponse<CertificateJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam String studentId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(
				this.certificates.of(user, Ids.parse(studentId),
						Paging.of(page, size, null, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id")))),
				this::json);
	}

	@Operation(summary = "One certificate, with its lines")
	@GetMapping("/certificates/{number}")
	CertificateJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable String number) {
		return json(this.certificates.get(user, number));
	}

	@Operation(summary = "The certificate as an A4 PDF")
	@GetMapping(path = "/certificates/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String number) {
		Certificate certificate = this.certificates.get(user, number);
		return pdfResponse(certificate, this.certificates.pdf(certificate));
	}

	static ResponseEntity<byte[]> pdfResponse(Certificate certificate, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(certificate.getNumber() + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	@Operation(summary = "Verify a certificate by the code on it (public): 404 with \"valid\": false for a code that "
			+ "was never issued")
	@SecurityRequirements
	@GetMapping("/verify/{verificationCode}")
	ResponseEntity<Map<String, Object>> verify(@PathVariable String verificationCode, Locale locale) {
		return this.certificates.verify(verificationCode)
			.map(c -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(verification(c)))
			.orElseGet(() -> {
				Map<String, Object> body = this.problems.body(HttpStatus.NOT_FOUND, "certificate.verify.unknown", null,
						locale);
				body.put("valid", false);
				return ResponseEntity.status(HttpStatus.NOT_FOUND)
					.contentType(ProblemResponses.PROBLEM_JSON)
					.body(body);
			});
	}

	private Map<String, Object> verification(Certificate c) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", true);
		body.put("number", c.getNumber());
		body.put("studentName", c.getStudentName());
		body.put("totalHours", hours(c.getTotalHours()));
		body.put("issuer", c.getIssuerName());
		body.put("issuedAt", issuedAt(c));
		body.put("from", c.getPeriodFrom());
		body.put("to", c.getPeriodTo());
		body.put("university", c.getUniversityName());
		body.put("college", c.getCollegeName());
		body.put("lines", lines(c));
		return body;
	}

	CertificateJson json(Certificate c) {
		return new CertificateJson(c.getNumber(), c.getVerificationCode(), hours(c.getTotalHours()),
				this.certificates.pdfUrl(c), this.certificates.verifyUrl(c), Ids.text(c.getStudentId()),
				c.getStudentName(), c.getPeriodFrom(), c.getPeriodTo(), c.getIssuerName(), issuedAt(c), lines(c),
				c.getIdType(), c.getIdNumberMasked(), c.getVolunteerNumber(), c.getIssuerPerson(),
				c.getIssuerContact());
	}

	/**
	 * When it was issued, as ISO-8601 with offset and always with seconds:
	 * {@code 2026-11-29T01:20:00+08:00} (OffsetDateTime.toString() drops zero seconds).
	 */
	private String issuedAt(Certificate c) {
		return this.certificates.issuedAt(c)
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static List<LineJson> lines(Certificate c) {
		return c.getLines()
			.stream()
			.map(l -> new LineJson(Ids.text(l.projectId()), l.projectTitle(), Ids.text(l.communityId()),
					l.communityName(), l.firstDay(), l.lastDay(), hours(l.hours())))
			.toList();
	}

	/** Hours as a JSON number without trailing zeros: {@code 12.5}, {@code 3}. */
	private static BigDecimal hours(BigDecimal hours) {
		return new BigDecimal(Certificate.plain(hours));
	}

	record CertificateJson(String number, String verificationCode, BigDecimal totalHours,
			@Schema(description = "Absolute URL of the certificate's PDF in this API (bearer token needed)") String pdf,
			@Schema(description = "Absolute URL of the public verification page the certificate's QR code points to") String verifyUrl,
			String studentId, String studentName, LocalDate from, LocalDate to, String issuer,
			@Schema(example = "2026-12-01T09:00:00+08:00") String issuedAt, List<LineJson> lines, String idType,
			@Schema(description = "The ID number, masked", example = "110101********123X") String idNumber,
			String volunteerNumber, String issuerPerson, String issuerContact) {
	}

	record LineJson(String projectId, String projectTitle, String communityId, String communityName, LocalDate firstDay,
			LocalDate lastDay, BigDecimal hours) {
	}

}
