package org.practica.club;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.practica.directory.CurrentUser;
import org.practica.project.Project;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A club's activities, annual reviews, star rating, dormancy takeovers and suspension, as
 * the API's clients see them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clubs")
class ClubStandingApiController {

	private final Clubs clubs;

	private final ClubActivities activities;

	private final ClubStandings standings;

	private final Clock clock;

	private final ZoneId zone;

	ClubStandingApiController(Clubs clubs, ClubActivities activities, ClubStandings standings, Clock clock) {
		this.clubs = clubs;
		this.activities = activities;
		this.standings = standings;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Create a club activity: a project the club owns (an officer or instructor)",
			description = "Its shifts, sign-ups, check-in and hours are those of every project "
					+ "(POST /projects/{id}/shifts and on). membersOnly: only the club's members may sign up. "
					+ "409 while the club does not run (not on probation or active).")
	@PostMapping("/clubs/{id}/activities")
	@ApiResponse(responseCode = "201", description = "The activity")
	ResponseEntity<ActivityJson> createActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ActivityBody body) {
		Project project = this.activities.create(user, id,
				new ClubActivities.ActivityRequest(body.title(), body.description(), body.place(), body.startDate(),
						body.endDate(), Boolean.TRUE.equals(body.membersOnly())));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.getId())).body(ActivityJson.of(project));
	}

	@Operation(summary = "A club's activities, latest first")
	@GetMapping("/clubs/{id}/activities")
	List<ActivityJson> activities(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.activities.of(this.clubs.get(user, id)).stream().map(ActivityJson::of).toList();
	}

	@Operation(summary = "File the club's annual review of a year (an officer)",
			description = "While the federation's renewal window is open, when it has set one (409 otherwise); one "
					+ "waiting or approved filing a year (409); a returned one is filed again.")
	@PostMapping("/clubs/{id}/annual-reviews")
	@ApiResponse(responseCode = "201", description = "The filing, FILED")
	ResponseEntity<AnnualReviewJson> file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody AnnualReviewBody body) {
		AnnualReview review = this.standings.file(user, id, body.year(), body.report());
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id + "/annual-reviews")).body(json(review));
	}

	@Operation(summary = "A club's annual review filings and decisions, latest first (its people and overseers)")
	@GetMapping("/clubs/{id}/annual-reviews")
	List<AnnualReviewJson> reviews(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.standings.reviewsOf(user, this.clubs.get(user, id)).stream().map(this::json).toList();
	}

	@Operation(summary = "Approve an annual review, or return it with a comment (the federation or a university admin)")
	@PostMapping("/annual-reviews/{id}/review")
	AnnualReviewJson decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody DecisionBody body) {
		return json(this.standings.decide(user, id, approves(body.decision(), "RETURN"), body.comment()));
	}

	@Operation(summary = "A club's star rating of a year, every point explained",
			description = "stars: computed from total, the sum of points[]; adjustment: the federation's grade "
					+ "beside it, with its reason, if any. year defaults to this year.")
	@GetMapping("/clubs/{id}/rating")
	RatingJson rating(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer year, Locale locale) {
		int y = year == null ? LocalDate.now(this.clock).getYear() : year;
		ClubRating rating = this.standings.rating(user, id, y, locale);
		RatingAdjustment a = rating.adjustment();
		return new RatingJson(id.toString(), rating.year(), rating.stars(), rating.total(),
				rating.items().stream().map(i -> new PointJson(i.code(), i.label(), i.points(), i.detail())).toList(),
				rating.thresholds(), a == null ? null : new AdjustmentJson(a.getStars(), a.getReason(),
						a.getAdjustedBy().toString(), at(a.getAdjustedAt())));
	}

	@Operation(summary = "Adjust a club's star rating of a year, with a reason (the federation)",
			description = "Shown beside the computed rating; the latest adjustment holds, every one is kept.")
	@PostMapping("/clubs/{id}/rating/adjustments")
	@ApiResponse(responseCode = "201", description = "The adjustment")
	ResponseEntity<AdjustmentJson> adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody AdjustmentBody body) {
		RatingAdjustment a = this.standings.adjust(user, id, body.year(), body.stars(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id + "/rating?year=" + a.getYear()))
			.body(new AdjustmentJson(a.getStars(), a.getReason(), a.getAdjustedBy().toString(), at(a.getAdjustedAt())));
	}

	@Operation(summary = "Ask to take over a club proposed for cancellation as dormant (a student of its university)")
	@PostMapping("/clubs/{id}/takeovers")
	@ApiResponse(responseCode = "201", description = "The request, REQUESTED")
	ResponseEntity<TakeoverJson> requestTakeover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody TakeoverBody body) {
		ClubTakeover takeover = this.standings.requestTakeover(user, id, body.statement());
		return ResponseEntity.created(URI.create("/api/v1/clubs/" + id + "/takeovers")).body(json(takeover));
	}

	@Operation(summary = "The takeover requests of a club (the federation and university admins)")
	@GetMapping("/clubs/{id}/takeovers")
	List<TakeoverJson> takeovers(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.standings.takeoversOf(user, this.clubs.get(user, id)).stream().map(this::json).toList();
	}

	@Operation(summary = "Decide a takeover: APPROVE (the requester becomes president, the cancellation stops) or "
			+ "REFUSE (the federation)")
	@PostMapping("/takeovers/{id}/review")
	TakeoverJson decideTakeover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody DecisionBody body) {
		return json(this.standings.decideTakeover(user, id, approves(body.decision(), "REFUSE"), body.comment()));
	}

	@Operation(summary = "Suspend a running club, with a reason (the federation or a university admin)")
	@PostMapping("/clubs/{id}/suspend")
	StatusJson suspend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ReasonBody body) {
		Club club = this.standings.suspend(user, id, body.reason());
		return new StatusJson(club.getId().toString(), club.getStatus().name(), club.getStatusReason());
	}

	@Operation(summary = "Lift a club's suspension: it is active again")
	@PostMapping("/clubs/{id}/lift")
	StatusJson lift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Club club = this.standings.lift(user, id);
		return new StatusJson(club.getId().toString(), club.getStatus().name(), club.getStatusReason());
	}

	/** APPROVE: true; the other decision named: false; anything else: 400 naming it. */
	private static boolean approves(String decision, String other) {
		if ("APPROVE".equals(decision)) {
			return true;
		}
		if (other.equals(decision)) {
			return false;
		}
		throw FieldProblem.invalid("decision", "club.decision.invalid");
	}

	private AnnualReviewJson json(AnnualReview r) {
		return new AnnualReviewJson(r.getId().toString(), r.getClubId().toString(), r.getYear(), r.getReport(),
				r.getStatus().name(), r.getFiledBy().toString(), at(r.getFiledAt()), Ids.text(r.getDecidedBy()),
				at(r.getDecidedAt()), r.getComment());
	}

	private TakeoverJson json(ClubTakeover t) {
		return new TakeoverJson(t.getId().toString(), t.getClubId().toString(), t.getRequesterId().toString(),
				t.getStatement(), t.getStatus().name(), at(t.getDecidedAt()), t.getComment());
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	record ActivityBody(
			@NotBlank(message = "{project.owned.title.required}") @Size(max = 200,
					message = "{club.activity.too-long}") String title,
			@Size(max = 2000, message = "{club.activity.too-long}") String description,
			@Size(max = 200, message = "{club.activity.too-long}") String place,
			@NotNull(message = "{project.owned.dates.required}") LocalDate startDate,
			@NotNull(message = "{project.owned.dates.required}") LocalDate endDate, Boolean membersOnly) {
	}

	record ActivityJson(String id, String title, String description, String place, LocalDate startDate,
			LocalDate endDate, boolean membersOnly, String status) {

		static ActivityJson of(Project p) {
			return new ActivityJson(p.getId().toString(), p.getTitle(), p.getDescription(), p.getPlace(),
					p.getStartDate(), p.getEndDate(), p.isMembersOnly(), p.getStatus().name());
		}

	}

	record AnnualReviewBody(@NotNull(message = "{club.annual-review.year}") Integer year,
			@NotBlank(message = "{club.annual-review.report.required}") String report) {
	}

	record AnnualReviewJson(String id, String clubId, int year, String report, String status, String filedBy,
			OffsetDateTime filedAt, String decidedBy, OffsetDateTime decidedAt, String comment) {
	}

	record DecisionBody(@NotBlank(message = "{club.review.decision.required}") String decision,
			@Size(max = 2000, message = "{club.review.comment.too-long}") String comment) {
	}

	record AdjustmentBody(@NotNull(message = "{club.annual-review.year}") Integer year,
			@NotNull(message = "{club.rating.stars.range}") Integer stars,
			@NotBlank(message = "{club.rating.reason.required}") @Size(max = 2000,
					message = "{club.review.comment.too-long}") String reason) {
	}

	record RatingJson(String clubId, int year, int stars, int total, List<PointJson> points, List<Integer> thresholds,
			AdjustmentJson adjustment) {
	}

	record PointJson(String item, String label, int points, String detail) {
	}

	record AdjustmentJson(int stars, String reason, String adjustedBy, OffsetDateTime adjustedAt) {
	}

	record TakeoverBody(@NotBlank(message = "{club.takeover.statement.required}") @Size(max = 4000,
			message = "{club.review.comment.too-long}") String statement) {
	}

	record TakeoverJson(String id, String clubId, String requesterId, String statement, String status,
			OffsetDateTime decidedAt, String comment) {
	}

	record ReasonBody(@NotBlank(message = "{club.suspend.reason.required}") @Size(max = 1000,
			message = "{club.cancel.reason.too-long}") String reason) {
	}

	record StatusJson(String id, String status, String statusReason) {
	}

}
