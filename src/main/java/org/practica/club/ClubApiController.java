package org.practica.club;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.directory.Account;
import org.practica.directory.CurrentUser;
import org.practica.support.Ids;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clubs")
class ClubApiController {

	private final Clubs clubs;

	private final ZoneId zone;

	ClubApiController(Clubs clubs, Clock clock) {
		this.clubs = clubs;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Apply to found a club (a student of the university, while it takes new clubs)",
			description = "At least 5 founders (the applicant counts) who are students of the university without a "
					+ "disciplinary record, each at fault named in errors[]; at least one instructor, a staff member "
					+ "of the university who then accepts; every part of the charter. 409 while registration is "
					+ "closed.")
	@PostMapping("/clubs")
	@ApiResponse(responseCode = "201", description = "The application, APPLIED")
	ResponseEntity<ClubJson> apply(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ClubApplication application) {
		Club club = this.clubs.apply(user, application);
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + club.getId())).body(json(user, club));
	}

	@Operation(summary = "Find clubs by text, category and status",
			description = "Registered clubs are public; with universityId, its federation and admins see every "
					+ "status.")
	@GetMapping("/clubs")
	PageResponse<ClubJson> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ClubCategory category, @RequestParam(required = false) ClubStatus status,
			@RequestParam(required = false) Long universityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(this.clubs.search(user, q, category, status, universityId,
				Paging.of(page, size, null, Sort.by("name", "id"))), c -> json(user, c));
	}

	@Operation(summary = "One club: the last approved version of its name and charter, and where it stands")
	@GetMapping("/clubs/{id}")
	ClubJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.clubs.get(user, id));
	}

	@Operation(summary = "Change a returned application and submit it again (the applicant)")
	@PutMapping("/clubs/{id}")
	ClubJson resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ClubApplication application) {
		return json(user, this.clubs.resubmit(user, id, application));
	}

	@Operation(summary = "Ask to change a registered club's name, category, purpose or charter (the president)",
			description = "Reviewed like an application; the approved version stays public meanwhile.")
	@PostMapping("/clubs/{id}/changes")
	@ApiResponse(responseCode = "201", description = "The change, waiting for review")
	ResponseEntity<VersionJson> change(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ClubApplication application) {
		ClubVersion version = this.clubs.proposeChange(user, id, application);
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id)).body(VersionJson.of(version));
	}

	@Operation(summary = "Decide on an application or a change: the federation, then a university admin",
			description = "APPROVE, RETURN (with comments) or REJECT (with a reason). A university admin's approval "
					+ "of an application opens the public notice. 409 when the other stage decides next.")
	@PostMapping("/clubs/{id}/review")
	ClubJson review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ReviewRequest request) {
		return json(user, this.clubs.review(user, id, request.decision(), request.comment()));
	}

	@Operation(summary = "The review history of a club, oldest first (those who oversee it and its people)")
	@GetMapping("/clubs/{id}/reviews")
	List<ReviewJson> reviews(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Club club = this.clubs.get(user, id);
		List<ClubReview> history = this.clubs.history(user, club);
		Map<Long, Account> people = this.clubs.people(history.stream().map(ClubReview::getReviewerId).toList());
		return history.stream()
			.map(r -> new ReviewJson(r.getVersionId().toString(), r.getStage().name(), r.getDecision().name(),
					r.getComment(), r.getReviewerId().toString(), name(people.get(r.getReviewerId())),
					at(r.getDecidedAt())))
			.toList();
	}

	@Operation(summary = "Every version of a club's name and charter and whether it was approved")
	@GetMapping("/clubs/{id}/versions")
	List<VersionJson> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.clubs.versions(user, this.clubs.get(user, id)).stream().map(VersionJson::of).toList();
	}

	@Operation(summary = "An invited staff member accepts or declines instructing the club")
	@PostMapping("/clubs/{id}/instructor-response")
	InstructorJson answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody AnswerRequest request) {
		ClubInstructor instructor = this.clubs.answer(user, id, request.accepted());
		return new InstructorJson(instructor.getAccountId().toString(), user.displayName(),
				instructor.getStatus().name());
	}

	@Operation(summary = "Join a club (a student of its university), or apply where the club approves members",
			description = "409 while the club is on probation (no public recruiting) or not active, or when already "
					+ "a member.")
	@PostMapping("/clubs/{id}/members")
	@ApiResponse(responseCode = "201", description = "The membership: ACTIVE, or PENDING approval")
	ResponseEntity<MemberJson> join(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		ClubMember member = this.clubs.join(user, id);
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id + "/members/" + user.id()))
			.body(MemberJson.of(member, user.displayName()));
	}

	@Operation(summary = "The club's members and those waiting (its members, instructors, federation, admins)")
	@GetMapping("/clubs/{id}/members")
	PageResponse<MemberJson> members(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Club club = this.clubs.get(user, id);
		List<ClubMember> members = this.clubs.members(user, club);
		Map<Long, Account> people = this.clubs.people(members.stream().map(ClubMember::getAccountId).toList());
		return PageResponse.of(members, page, size, m -> MemberJson.of(m, name(people.get(m.getAccountId()))));
	}

	@Operation(summary = "Approve a student who applied to join (an officer)")
	@PostMapping("/clubs/{id}/members/{userId}/approve")
	MemberJson approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long userId) {
		ClubMember member = this.clubs.approveMember(user, id, userId);
		return MemberJson.of(member, name(this.clubs.people(List.of(userId)).get(userId)));
	}

	@Operation(summary = "Leave a club, or remove a member or decline an applicant (an officer)")
	@DeleteMapping("/clubs/{id}/members/{userId}")
	@ApiResponse(responseCode = "204", description = "The membership ended")
	ResponseEntity<Void> leave(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long userId) {
		this.clubs.remove(user, id, userId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Give a member an office, or take it away with null (the president or the federation)",
			description = "Naming another president hands the office over.")
	@PutMapping("/clubs/{id}/members/{userId}/office")
	MemberJson appoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long userId,
			@RequestBody OfficeRequest request) {
		ClubMember member = this.clubs.appoint(user, id, userId, request.office());
		return MemberJson.of(member, name(this.clubs.people(List.of(userId)).get(userId)));
	}

	@Operation(summary = "Whether joining needs approval and whether instructors are shown publicly (the president)")
	@PutMapping("/clubs/{id}/settings")
	ClubJson settings(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody SettingsRequest request) {
		return json(user, this.clubs.settings(user, id, request.membersNeedApproval(), request.instructorsPublic()));
	}

	@Operation(summary = "Cancel a club with a reason (a federation officer or university admin)",
			description = "The club is archived, never deleted; its history stays readable to admins.")
	@PostMapping("/clubs/{id}/cancel")
	ClubJson cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody CancelRequest request) {
		return json(user, this.clubs.cancel(user, id, request.reason()));
	}

	@Operation(summary = "The caller's clubs: memberships, waiting or active, and the clubs it instructs")
	@GetMapping("/me/clubs")
	List<MyClubJson> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.clubs.clubsOf(user.id())
			.stream()
			.map(m -> new MyClubJson(m.club().getId().toString(), m.club().getName(), m.club().getStatus().name(),
					m.member().getStatus().name(),
					m.member().getOffice() == null ? null : m.member().getOffice().name()))
			.toList();
	}

	@Operation(summary = "When the federation takes new clubs and renewals (its officers and the university's admins)")
	@GetMapping("/federations/{universityId}/registration")
	List<WindowJson> windows(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId) {
		this.clubs.ofUniversity(user, universityId);
		return List.of(window(this.clubs.window(universityId, RegistrationWindow.Kind.NEW)),
				window(this.clubs.window(universityId, RegistrationWindow.Kind.RENEWAL)));
	}

	@Operation(summary = "Set when the federation takes applications of one kind (NEW or RENEWAL)",
			description = "opensAt and closesAt may lie ahead: the window opens and closes at those moments. "
					+ "opensAt null: closed; closesAt null: open until closed.")
	@PutMapping("/federations/{universityId}/registration/{kind}")
	WindowJson schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable RegistrationWindow.Kind kind, @RequestBody WindowRequest request) {
		return window(
				this.clubs.schedule(user, universityId, kind, instant(request.opensAt()), instant(request.closesAt())));
	}

	@Operation(summary = "Open applications of one kind now, until closed")
	@PostMapping("/federations/{universityId}/registration/{kind}/open")
	WindowJson open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable RegistrationWindow.Kind kind) {
		return window(this.clubs.openOrClose(user, universityId, kind, true));
	}

	@Operation(summary = "Close applications of one kind now")
	@PostMapping("/federations/{universityId}/registration/{kind}/close")
	WindowJson close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable RegistrationWindow.Kind kind) {
		return window(this.clubs.openOrClose(user, universityId, kind, false));
	}

	private WindowJson window(RegistrationWindow w) {
		return new WindowJson(w.getKind().name(), at(w.getOpensAt()), at(w.getClosesAt()),
				this.clubs.isOpen(w.getUniversityId(), w.getKind()));
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	private static String name(Account account) {
		return account == null ? null : account.getDisplayName();
	}

	private ClubJson json(CurrentUser user, Club club) {
		ClubVersion shown = this.clubs.shownVersion(club);
		List<ClubInstructor> instructors = this.clubs.instructors(user, club);
		Map<Long, Account> people = this.clubs.people(instructors.stream().map(ClubInstructor::getAccountId).toList());
		boolean insider = Clubs.oversees(user, club) || this.clubs.isOfficer(user, club);
		VersionJson pending = insider ? this.clubs.pendingVersion(club).map(VersionJson::of).orElse(null) : null;
		return new ClubJson(club.getId().toString(), club.getUniversityId().toString(), club.getName(),
				club.getCategory().name(), club.getPurpose(), shown.charter(), club.getStatus().name(),
				club.getReviewStage() == null ? null : club.getReviewStage().name(), club.isMembersNeedApproval(),
				club.isInstructorsPublic(), Ids.text(club.getNoticeId()), at(club.getNoticeEndsAt()),
				at(club.getProbationEndsAt()), club.isWithoutPresident(), club.getStatusReason(),
				instructors.stream()
					.map(i -> new InstructorJson(i.getAccountId().toString(), name(people.get(i.getAccountId())),
							i.getStatus().name()))
					.toList(),
				pending, Ids.text(club.getDormantNoticeId()), at(club.getDormantNoticeEndsAt()));
	}

	record ReviewRequest(@NotNull(message = "{club.review.decision.required}") ReviewDecision decision,
			@Size(max = 2000, message = "{club.review.comment.too-long}") String comment) {
	}

	record AnswerRequest(@NotNull(message = "{club.instructor.accepted.required}") Boolean accepted) {
	}

	record OfficeRequest(Office office) {
	}

	record SettingsRequest(@NotNull(message = "{club.settings.required}") Boolean membersNeedApproval,
			@NotNull(message = "{club.settings.required}") Boolean instructorsPublic) {
	}

	record CancelRequest(@NotBlank(message = "{club.cancel.reason.required}") @Size(max = 1000,
			message = "{club.cancel.reason.too-long}") String reason) {
	}

	record WindowRequest(OffsetDateTime opensAt, OffsetDateTime closesAt) {
	}

	record WindowJson(String kind, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open) {
	}

	record ClubJson(String id, String universityId, String name, String category, String purpose, Charter charter,
			String status, String reviewStage, boolean membersNeedApproval, boolean instructorsPublic, String noticeId,
			OffsetDateTime noticeEndsAt, OffsetDateTime probationEndsAt, boolean withoutPresident, String statusReason,
			List<InstructorJson> instructors, VersionJson pendingChange, String dormantNoticeId,
			OffsetDateTime dormantNoticeEndsAt) {
	}

	record InstructorJson(String userId, String displayName, String status) {
	}

	record MemberJson(String userId, String displayName, String status, String office, boolean founder) {

		static MemberJson of(ClubMember m, String name) {
			return new MemberJson(m.getAccountId().toString(), name, m.getStatus().name(),
					m.getOffice() == null ? null : m.getOffice().name(), m.isFounder());
		}

	}

	record ReviewJson(String versionId, String stage, String decision, String comment, String reviewerId,
			String reviewerName, OffsetDateTime decidedAt) {
	}

	record VersionJson(String id, int number, String name, String category, String purpose, Charter charter,
			String state) {

		static VersionJson of(ClubVersion v) {
			return new VersionJson(Ids.text(v.getId()), v.getNumber(), v.getName(), v.getCategory().name(),
					v.getPurpose(), v.charter(), v.getState().name());
		}

	}

	record MyClubJson(String clubId, String name, String clubStatus, String membership, String office) {
	}

}
