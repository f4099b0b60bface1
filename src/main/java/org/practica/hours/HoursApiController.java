package org.practica.hours;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hours and certificates")
class HoursApiController {

	private final Hours hours;

	private final LedgerCheck ledgerCheck;

	HoursApiController(Hours hours, LedgerCheck ledgerCheck) {
		this.hours = hours;
		this.ledgerCheck = ledgerCheck;
	}

	@Operation(summary = "Hours entries the caller may see, by student and status")
	@GetMapping("/hours")
	PageResponse<EntryJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long studentId, @RequestParam(required = false) HoursStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		org.springframework.data.domain.Page<HoursEntry> found = this.hours.search(user, studentId, status,
				Paging.of(page, size, null, Sort.by(Sort.Order.desc("workDate"), Sort.Order.desc("id"))));
		java.util.Map<Long, Set<HoursFlag>> flags = this.hours.flags(found.getContent());
		return PageResponse.of(found, (entry) -> EntryJson.of(entry, flags.getOrDefault(entry.getId(), Set.of())));
	}

	@Operation(summary = "The caller's own hours")
	@GetMapping("/me/hours")
	PageResponse<EntryJson> mine(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		List<HoursEntry> mine = this.hours.mine(user);
		java.util.Map<Long, Set<HoursFlag>> flags = this.hours.flags(mine);
		return PageResponse.of(mine, page, size,
				(entry) -> EntryJson.of(entry, flags.getOrDefault(entry.getId(), Set.of())));
	}

	@Operation(summary = "One entry")
	@GetMapping("/hours/{id}")
	EntryJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.hours.visible(user, id));
	}

	@Operation(summary = "Verify an entry (the project's community admin; a back-fill then also the university)")
	@PostMapping("/hours/{id}/verify")
	EntryJson verify(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.hours.verify(user, id));
	}

	@Operation(summary = "Verify several entries at once, all or none")
	@PostMapping("/hours/verify")
	List<EntryJson> verifyAll(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Ids request) {
		return this.hours.verifyAll(user, request.ids().stream().map(org.practica.support.Ids::parse).toList())
			.stream()
			.map(this::json)
			.toList();
	}

	@Operation(summary = "Dispute an entry, with a reason (the project's community admin)")
	@PostMapping("/hours/{id}/dispute")
	EntryJson dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody Reason request) {
		return json(this.hours.dispute(user, id, request.reason()));
	}

	@Operation(summary = "Correct an entry: a new entry supersedes it")
	@PostMapping("/hours/{id}/corrections")
	@ApiResponse(responseCode = "201", description = "The new entry, pending; the old one is superseded")
	ResponseEntity<EntryJson> correct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody Correction request) {
		HoursEntry entry = this.hours.correct(user, id, request.hours(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/hours/" + entry.getId())).body(json(entry));
	}

	@Operation(
			summary = "Back-fill missed hours with evidence (a student): pending until community and university verify")
	@PostMapping(path = "/hours/backfills", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The pending back-fill entry")
	ResponseEntity<EntryJson> backfill(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute Backfill request) {
		HoursEntry entry = this.hours.backfill(user, request.projectId(), request.date(), request.hours(),
				request.reason(), request.evidence());
		return ResponseEntity.created(URI.create("/api/v1/hours/" + entry.getId())).body(json(entry));
	}

	@Operation(summary = "Verify the whole ledger's hash chain (platform admin)")
	@GetMapping("/hours/ledger-check")
	LedgerCheck.Report check(@AuthenticationPrincipal CurrentUser user) {
		if (!user.isPlatformAdmin()) {
			throw org.practica.support.Problem.forbidden();
		}
		return this.ledgerCheck.run();
	}

	/** An entry with what a verifier should look at twice. */
	private EntryJson json(HoursEntry entry) {
		return EntryJson.of(entry, this.hours.flags(List.of(entry)).getOrDefault(entry.getId(), Set.of()));
	}

	record Ids(@NotEmpty(message = "{hours.ids.required}") List<@NotNull(message = "{field.required}") String> ids) {
	}

	record Reason(@Size(max = HoursEntry.REASON_MAX, message = "{hours.reason.too-long}") String reason) {
	}

	record Correction(@NotNull(message = "{hours.range}") BigDecimal hours,
			@Size(max = HoursEntry.REASON_MAX, message = "{hours.reason.too-long}") String reason) {
	}

	/** The multipart form of a back-fill. */
	@Schema(requiredProperties = { "projectId", "date", "hours", "reason", "evidence" })
	record Backfill(@NotNull(message = "{hours.project.required}") Long projectId,
			@NotNull(message = "{hours.date.required}") LocalDate date,
			@NotNull(message = "{hours.range}") @DecimalMin(value = "0", inclusive = false,
					message = "{hours.range}") @DecimalMax(value = "24", message = "{hours.range}") BigDecimal hours,
			@NotBlank(message = "{hours.reason.required}") @Size(max = HoursEntry.REASON_MAX,
					message = "{hours.reason.too-long}") String reason,
			@NotNull(message = "{hours.evidence.required}") @Schema(type = "string", format = "binary",
					description = "A JPEG, PNG or PDF file, at most 10 MB") MultipartFile evidence) {
	}

	record EntryJson(String id, String studentId, String projectId, String shiftId, BigDecimal hours, String status,
			String source, LocalDate date, String reason, String supersedesId, boolean communityVerified,
			String backfillStage, String disputeReason, List<String> flags) {

		static EntryJson of(HoursEntry e, Set<HoursFlag> flags) {
			return new EntryJson(text(e.getId()), text(e.getStudentId()), text(e.getProjectId()), text(e.getShiftId()),
					e.getHours(), e.getStatus().name(), e.getSource().name(), e.getWorkDate(), e.getReason(),
					text(e.getSupersedesId()), e.getCommunityVerifiedAt() != null,
					(e.getBackfillStage() != null) ? e.getBackfillStage().name() : null, e.getDisputeReason(),
					flags.stream().sorted().map(HoursFlag::name).toList());
		}

	}

}
