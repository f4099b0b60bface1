package org.practica.club;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.directory.CurrentUser;
import org.practica.report.Spreadsheets;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.StoredFiles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clubs")
class FundApiController {

	private final Funds funds;

	private final Clubs clubs;

	private final MessageSource messages;

	private final ZoneId zone;

	FundApiController(Funds funds, Clubs clubs, MessageSource messages, Clock clock) {
		this.funds = funds;
		this.clubs = clubs;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Ask the development fund for money (a club officer)",
			description = "The line items add up to the amount (422 otherwise). Amounts in yuan, two decimals.")
	@PostMapping("/fund-requests")
	@ApiResponse(responseCode = "201", description = "The request, SUBMITTED to the federation")
	ResponseEntity<RequestJson> request(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewRequest body) {
		FundRequest request = this.funds.request(user, body.clubId(), body.amount(), body.purpose(), body.items());
		return ResponseEntity.created(URI.create("/api/v1/fund-requests/" + request.getId())).body(json(request, true));
	}

	@Operation(summary = "Fund requests: a club's (its officers, the federation) or a university's (its federation "
			+ "and admins)")
	@GetMapping("/fund-requests")
	PageResponse<RequestJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long clubId, @RequestParam(required = false) Long universityId,
			@RequestParam(required = false) FundRequestStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		List<FundRequest> found;
		if (clubId != null) {
			found = this.funds.requestsOf(user, this.clubs.get(user, clubId))
				.stream()
				.filter(r -> status == null || r.getStatus() == status)
				.filter(r -> year == null || r.getYear() == year)
				.toList();
		}
		else if (universityId != null) {
			found = this.funds.requestsOf(user, universityId, status, year);
		}
		else {
			throw org.practica.support.FieldProblem.invalid("clubId", "club.fund.list.scope");
		}
		return PageResponse.of(found, page, size, r -> json(r, false));
	}

	@Operation(summary = "One fund request with its line items and every stage's decision")
	@GetMapping("/fund-requests/{id}")
	RequestJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.funds.get(user, id), true);
	}

	@Operation(summary = "Decide on a fund request: the federation (may change the amount, with a reason), then a "
			+ "university admin, whose approval grants it out of the year's budget")
	@PostMapping("/fund-requests/{id}/review")
	RequestJson review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ReviewRequest body) {
		return json(this.funds.review(user, id, body.decision(), body.amount(), body.comment()), true);
	}

	@Operation(summary = "Record spending against a granted request, with a receipt (PDF, JPEG or PNG by content)",
			description = "409 when it would exceed what is left of the grant; never beyond it, however many are "
					+ "recorded at once.")
	@PostMapping(path = "/clubs/{id}/spending", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The spending line")
	ResponseEntity<SpendingJson> spend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute SpendingForm form) {
		Spending line = this.funds.spend(user, id, form.fundRequestId(), form.amount(), form.description(),
				form.receipt());
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id + "/spending/" + line.getSeq()))
			.body(json(line));
	}

	@Operation(summary = "The club's spending lines, oldest first")
	@GetMapping("/clubs/{id}/spending")
	PageResponse<SpendingJson> spending(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.funds.account(user, id).lines(), page, size, this::json);
	}

	@Operation(summary = "A spending line's receipt")
	@GetMapping("/clubs/{id}/spending/{seq}/receipt")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long seq) {
		Funds.Receipt receipt = this.funds.receipt(user, id, seq);
		return StoredFiles.privateFile(receipt.bytes(), receipt.contentType());
	}

	@Operation(summary = "The club's account: granted, spent and available, in yuan with two decimals")
	@GetMapping("/clubs/{id}/account")
	AccountJson account(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Funds.Account account = this.funds.account(user, id);
		return new AccountJson(account.granted(), account.spent(), account.available(),
				account.requests().stream().map(r -> json(r, false)).toList());
	}

	@Operation(summary = "The club's account as a spreadsheet: its granted requests and its spending lines")
	@GetMapping("/clubs/{id}/account.xlsx")
	ResponseEntity<byte[]> accountXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id)
			throws IOException {
		Funds.Account account = this.funds.account(user, id);
		return xlsx(account.club().getName(), FundExports.account(account, this::message, this.zone));
	}

	@Operation(summary = "Set the development fund's budget for a year (a university admin)")
	@PutMapping("/funds/{universityId}/{year}")
	FundJson setBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable int year, @RequestBody BudgetRequest body) {
		this.funds.setBudget(user, universityId, year, body.budget());
		return json(this.funds.overview(user, universityId, year));
	}

	@Operation(summary = "The development fund of a year: budget, granted, spent and what is left to grant")
	@GetMapping("/funds/{universityId}/{year}")
	FundJson fund(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId, @PathVariable int year) {
		return json(this.funds.overview(user, universityId, year));
	}

	@Operation(summary = "The development fund of a year as a spreadsheet: each granted request and the totals")
	@GetMapping("/funds/{universityId}/{year}.xlsx")
	ResponseEntity<byte[]> fundXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable int year) throws IOException {
		Funds.Overview overview = this.funds.overview(user, universityId, year);
		Map<Long, Club> clubs = this.funds
			.clubsById(overview.grantedRequests().stream().map(FundRequest::getClubId).toList());
		return xlsx(overview.university().getName() + " " + year, FundExports.fund(overview, clubs, this::message));
	}

	private ResponseEntity<byte[]> xlsx(String name, FundExports.Sheet sheet) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.xlsx(sheet.title(), sheet.headers(), sheet.rows(), out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Spreadsheets.XLSX))
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(name + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out.toByteArray());
	}

	private String message(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, locale);
	}

	private FundJson json(Funds.Overview o) {
		return new FundJson(o.university().getId().toString(), o.year(), o.budget(), o.granted(), o.spent(), o.left());
	}

	private RequestJson json(FundRequest r, boolean full) {
		List<ReviewJson> history = full ? this.funds.history(r)
			.stream()
			.map(v -> new ReviewJson(v.getStage().name(), v.getDecision().name(), Money.of(v.getAmount()),
					v.getComment(), v.getReviewerId().toString(), at(v.getDecidedAt())))
			.toList() : null;
		return new RequestJson(r.getId().toString(), r.getClubId().toString(), r.getYear(), r.getPurpose(),
				Money.of(r.getRequestedAmount()), Money.of(r.getProposedAmount()), Money.of(r.getGrantedAmount()),
				Money.of(r.getSpent()), Money.of(r.available()), r.getStatus().name(),
				r.getItems().stream().map(i -> new ItemJson(i.name(), Money.of(i.amount()))).toList(), history);
	}

	private SpendingJson json(Spending s) {
		return new SpendingJson(s.getSeq().toString(), s.getRequestId().toString(), Money.of(s.getAmount()),
				s.getDescription(), s.getReceiptName(), s.getReceiptType(), s.getReceiptSha256(), s.getRecordedBy(),
				at(s.getRecordedAt()));
	}

	private OffsetDateTime at(java.time.Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	record NewRequest(@NotBlank(message = "{club.fund.club.required}") String clubId,
			@NotNull(message = "{club.fund.amount.required}") BigDecimal amount,
			@NotBlank(message = "{club.fund.purpose.required}") @Size(max = 2000,
					message = "{club.fund.purpose.too-long}") String purpose,
			@NotNull(message = "{club.fund.items.required}") List<FundItem> items) {
	}

	record ReviewRequest(@NotNull(message = "{club.review.decision.required}") ReviewDecision decision,
			BigDecimal amount, @Size(max = 2000, message = "{club.review.comment.too-long}") String comment) {
	}

	record BudgetRequest(BigDecimal budget) {
	}

	record SpendingForm(BigDecimal amount, String description, String fundRequestId, MultipartFile receipt) {
	}

	record ItemJson(String name, BigDecimal amount) {
	}

	record ReviewJson(String stage, String decision, BigDecimal amount, String comment, String reviewerId,
			OffsetDateTime decidedAt) {
	}

	record RequestJson(String id, String clubId, int year, String purpose, BigDecimal amount, BigDecimal proposedAmount,
			BigDecimal grantedAmount, BigDecimal spent, BigDecimal available, String status, List<ItemJson> items,
			List<ReviewJson> reviews) {
	}

	record SpendingJson(String id, String fundRequestId, BigDecimal amount, String description, String receiptName,
			String receiptType, String receiptSha256, String recordedBy, OffsetDateTime recordedAt) {
	}

	record AccountJson(BigDecimal granted, BigDecimal spent, BigDecimal available, List<RequestJson> requests) {
	}

	record FundJson(String universityId, int year, BigDecimal budget, BigDecimal granted, BigDecimal spent,
			BigDecimal left) {
	}

}
