package org.practica.signup;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;
import org.practica.support.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shifts, sign-ups, attendance")
class SignupApiController {

	private final Signups signups;

	private final ShiftFinder finder;

	private final CalendarFeeds feeds;

	private final ZoneId zone;

	SignupApiController(Signups signups, ShiftFinder finder, CalendarFeeds feeds, Clock clock) {
		this.signups = signups;
		this.finder = finder;
		this.feeds = feeds;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Add a shift to a project the caller manages")
	@PostMapping("/projects/{id}/shifts")
	@ApiResponse(responseCode = "201", description = "The new shift")
	ResponseEntity<ShiftJson> addShift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ShiftRequest request) {
		Shift shift = this.signups.addShift(user, id, request);
		return ResponseEntity.created(URI.create("/api/v1/shifts/" + shift.getId())).body(json(shift));
	}

	@Operation(summary = "A project's shifts, with seats left")
	@GetMapping("/projects/{id}/shifts")
	PageResponse<ShiftJson> shifts(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.signups.shiftsOf(user, id), page, size, this::json);
	}

	@Operation(summary = "One shift")
	@GetMapping("/shifts/{id}")
	ShiftJson shift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.signups.shift(user, id));
	}

	@Operation(summary = "Sign up for a shift (a student, for itself): CONFIRMED or WAITLISTED")
	@PostMapping("/shifts/{id}/signups")
	@ApiResponse(responseCode = "201", description = "The sign-up, CONFIRMED or WAITLISTED")
	ResponseEntity<SignupJson> signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Signup signup = this.signups.signUp(user, id);
		return ResponseEntity.created(URI.create("/api/v1/signups/" + signup.getId())).body(json(signup));
	}

	@Operation(summary = "Cancel a sign-up; the first waitlisted takes a freed seat")
	@DeleteMapping("/signups/{id}")
	@ApiResponse(responseCode = "204", description = "Cancelled")
	ResponseEntity<Void> cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.signups.cancel(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A shift's sign-ups in queue order (the project's community admin or team leader)")
	@GetMapping("/shifts/{id}/signups")
	PageResponse<SignupJson> roster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.signups.roster(user, id), page, size, this::json);
	}

	@Operation(summary = "The caller's own sign-ups")
	@GetMapping("/me/signups")
	PageResponse<SignupJson> mine(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.signups.mine(user), page, size, this::json);
	}

	@Operation(summary = "The shifts the calling student may join, soonest first",
			description = "Shifts of open projects the student may see (recruiting individuals, or of the student's teams) "
					+ "that have not started, with a free seat or a place on the waitlist. q matches the shift's or "
					+ "project's title or the address; direction a direction code (a top-level code also finds the finer "
					+ "ones); from and to the days the shift starts in; withinKm the distance from the student's campus "
					+ "(their college's position; 422 when it has none); freeSeatsOnly leaves out shifts with only a "
					+ "waitlist. Students only (403 for others).")
	@GetMapping("/shifts")
	PageResponse<OpenShiftJson> open(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @RequestParam(required = false) String direction,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Double withinKm,
			@RequestParam(required = false, defaultValue = "false") boolean freeSeatsOnly,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<OpenShift> found = this.finder.search(user,
				new ShiftSearch(q, direction, from, to, withinKm, freeSeatsOnly),
				Paging.of(page, size, null, Sort.unsorted()));
		return PageResponse.of(found, this::json);
	}

	@Operation(summary = "A new address for the calling student's calendar feed (iCalendar)",
			description = "The feed lists a student's confirmed shifts and one-stop bookings, or a service provider's "
					+ "slots (with how many places are booked, never who); calendar apps read it without signing in. "
					+ "Only the secret's hash is kept, so the address is told once; a new one replaces the old, "
					+ "which then answers 404.")
	@PostMapping("/me/calendar-feed")
	@ApiResponse(responseCode = "201", description = "The feed's address")
	ResponseEntity<CalendarFeedJson> calendarFeed(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new CalendarFeedJson(this.feeds.renew(user)));
	}

	@Operation(summary = "Stop the caller's calendar feed",
			description = "Its address answers 404 from now on; " + "a new one can be made at any time.")
	@DeleteMapping("/me/calendar-feed")
	@ApiResponse(responseCode = "204", description = "Stopped (or there was none)")
	ResponseEntity<Void> stopCalendarFeed(@AuthenticationPrincipal CurrentUser user) {
		this.feeds.revoke(user);
		return ResponseEntity.noContent().build();
	}

	private OpenShiftJson json(OpenShift open) {
		ShiftJson s = json(open.shift());
		return new OpenShiftJson(s.id(), s.projectId(), s.title(), s.startsAt(), s.endsAt(), s.capacity(),
				s.confirmed(), s.waitlisted(), s.seatsLeft(), s.address(), s.latitude(), s.longitude(),
				open.shift().getProjectTitle(), open.shift().getDirection(),
				open.distanceKm() == null ? null : Math.round(open.distanceKm() * 10) / 10.0,
				open.held() == null ? null : open.held().name());
	}

	private ShiftJson json(Shift s) {
		return new ShiftJson(text(s.getId()), text(s.getProjectId()), s.getTitle(),
				OffsetDateTime.ofInstant(s.getStartsAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				OffsetDateTime.ofInstant(s.getEndsAt().truncatedTo(ChronoUnit.SECONDS), this.zone), s.getCapacity(),
				s.getConfirmed(), s.getWaitlisted(), s.seatsLeft(), s.getAddress(), s.getLatitude(), s.getLongitude());
	}

	private SignupJson json(Signup s) {
		return new SignupJson(text(s.getId()), text(s.getShiftId()), text(s.getProjectId()), text(s.getStudentId()),
				s.getStatus().name(), s.getQueueNumber(),
				OffsetDateTime.ofInstant(s.getStartsAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				OffsetDateTime.ofInstant(s.getEndsAt().truncatedTo(ChronoUnit.SECONDS), this.zone));
	}

	record ShiftJson(String id, String projectId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			int capacity, int confirmed, int waitlisted, int seatsLeft, String address, Double latitude,
			Double longitude) {
	}

	record OpenShiftJson(String id, String projectId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			int capacity, int confirmed, int waitlisted, int seatsLeft, String address, Double latitude,
			Double longitude, String projectTitle, String direction, Double distanceKm, String myStatus) {
	}

	record CalendarFeedJson(String url) {
	}

	record SignupJson(String id, String shiftId, String projectId, String studentId, String status, int queueNumber,
			OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

}
