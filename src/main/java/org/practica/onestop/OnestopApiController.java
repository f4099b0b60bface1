package org.practica.onestop;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import net.fortuna.ical4j.data.CalendarOutputter;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.Ids;
import org.practica.support.PageResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "One-stop student community")
class OnestopApiController {

	private final Bookings bookings;

	private final Counselling counselling;

	private final Courses courses;

	private final Announcements announcements;

	private final Halls halls;

	private final BookingCalendar calendar;

	private final Organisations organisations;

	private final Clock clock;

	private final ZoneId zone;

	OnestopApiController(Bookings bookings, Counselling counselling, Courses courses, Announcements announcements,
			Halls halls, BookingCalendar calendar, Organisations organisations, Clock clock) {
		this.bookings = bookings;
		this.counselling = counselling;
		this.courses = courses;
		this.announcements = announcements;
		this.halls = halls;
		this.calendar = calendar;
		this.organisations = organisations;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Offer a service (an admin of the university or college)",
			description = "kind ACADEMIC, EMPLOYMENT, COUNSELLING or SAFETY; open to the organisation's students, or "
					+ "with hallId to one residence hall's residents only.")
	@PostMapping("/services")
	@ApiResponse(responseCode = "201", description = "The service")
	ResponseEntity<ServiceJson> offer(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ServiceRequest request) {
		CommunityService service = this.bookings.offer(user, request);
		return ResponseEntity.created(URI.create("/api/v1/services/" + service.getId())).body(ServiceJson.of(service));
	}

	@Operation(summary = "Change a service's title, location and hall (its organisation's admins)",
			description = "The fields of a new service but organisationId and kind, which stay; without hallId the "
					+ "service is open to all the organisation's students. 404 for everyone else.")
	@PutMapping("/services/{id}")
	ServiceJson revise(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ServiceRevision revision) {
		return ServiceJson.of(this.bookings.revise(user, id, revision));
	}

	@Operation(summary = "Services: those open to the student, or with organisationId those of a subtree its "
			+ "admins manage")
	@GetMapping("/services")
	PageResponse<ServiceJson> services(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		List<CommunityService> list = organisationId == null ? this.bookings.openTo(user)
				: this.bookings.managed(user, this.organisations.get(organisationId));
		return PageResponse.of(list, page, size, ServiceJson::of);
	}

	@Operation(summary = "One service (its students, providers and admins)")
	@GetMapping("/services/{id}")
	ServiceJson service(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return ServiceJson.of(this.bookings.service(user, id));
	}

	@Operation(summary = "Publish a slot (the provider it names, or the service's admins)",
			description = "capacity 1 is one-to-one, more a group session; repeatWeeks adds as many weekly repeats; "
					+ "bufferMinutes keeps the provider free around it; bookings close noticeMinutes (default 60) "
					+ "before the start. 409 when it clashes with another of the provider's slots.")
	@PostMapping("/services/{id}/slots")
	@ApiResponse(responseCode = "201", description = "The first slot; series lists every slot made")
	ResponseEntity<SlotJson> publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody SlotRequest request) {
		List<Slot> made = this.bookings.publish(user, id, request);
		SlotJson first = slot(made.get(0), made.stream().map(s -> s.getId().toString()).toList());
		return ResponseEntity.created(URI.create("/api/v1/services/" + id + "/slots")).body(first);
	}

	@Operation(summary = "The slots of a service from yesterday on")
	@GetMapping("/services/{id}/slots")
	List<SlotJson> slots(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.bookings.slotsOf(user, id).stream().map(s -> slot(s, null)).toList();
	}

	@Operation(summary = "Book a slot (a student the service is open to)",
			description = "409 when full, closed (minimum notice), already booked, overlapping another booking or a "
					+ "confirmed shift, barred by no-shows, or, for counselling, without the student's consent "
					+ "(POST /me/consents).")
	@PostMapping("/slots/{id}/bookings")
	@ApiResponse(responseCode = "201", description = "The booking, BOOKED")
	ResponseEntity<BookingJson> book(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Booking booking = this.bookings.book(user, id);
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.getId())).body(booking(booking));
	}

	@Operation(summary = "The bookings of a slot (its provider and the service's admins)")
	@GetMapping("/slots/{id}/bookings")
	List<BookingJson> onSlot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.bookings.onSlot(user, id).stream().map(this::booking).toList();
	}

	@Operation(summary = "One booking (its student, its provider, the service's admins)")
	@GetMapping("/bookings/{id}")
	BookingJson getBooking(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return booking(this.bookings.booking(user, id));
	}

	@Operation(summary = "Cancel a booking",
			description = "The student until the cut-off before the start (409 after), the provider or the "
					+ "service's admins until it starts.")
	@DeleteMapping("/bookings/{id}")
	@ApiResponse(responseCode = "204", description = "Cancelled")
	ResponseEntity<Void> cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.bookings.cancel(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Record a no-show (the provider, once the booking has started)",
			description = "3 no-shows of a kind in 30 days bar the student from booking that kind for 14 days "
					+ "(practica.onestop.*).")
	@PostMapping("/bookings/{id}/no-show")
	BookingJson noShow(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return booking(this.bookings.noShow(user, id));
	}

	@Operation(summary = "The student's bookings, latest first")
	@GetMapping("/me/bookings")
	PageResponse<BookingJson> mine(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.bookings.mine(user), page, size, this::booking);
	}

	@Operation(summary = "The caller's bookings as iCalendar: a student's booked appointments and a provider's "
			+ "slots with their bookings")
	@GetMapping(value = "/me/bookings.ics", produces = "text/calendar")
	ResponseEntity<String> ics(@AuthenticationPrincipal CurrentUser user) throws IOException {
		StringWriter ics = new StringWriter();
		new CalendarOutputter().output(this.calendar.of(user, LocaleContextHolder.getLocale()), ics);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"bookings.ics\"")
			.body(ics.toString());
	}

	@Operation(summary = "Give the separate consent counselling needs (a student)",
			description = "Recorded with the time and the version of the consent text; giving it again returns the "
					+ "same consent.")
	@PostMapping("/me/consents")
	@ApiResponse(responseCode = "201", description = "The consent")
	ResponseEntity<ConsentJson> consent(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ConsentRequest request) {
		Consent consent = this.counselling.consent(user, request.kind());
		return ResponseEntity.created(URI.create("/api/v1/me/consents"))
			.body(new ConsentJson(consent.getKind().name(), consent.getTextVersion(), at(consent.getGivenAt())));
	}

	@Operation(summary = "Write a note on a counselling booking (its counsellor only; 404 for everyone else)")
	@PostMapping("/bookings/{id}/notes")
	@ApiResponse(responseCode = "201", description = "The note")
	ResponseEntity<NoteJson> writeNote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody NoteRequest request) {
		CounsellingNote note = this.counselling.write(user, id, request == null ? null : request.text());
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + id + "/notes")).body(note(note));
	}

	@Operation(summary = "The notes on a counselling booking",
			description = "Its counsellor (their own) and the supervisor the university named; 404 for everyone "
					+ "else, the student, admins and the platform admin included.")
	@GetMapping("/bookings/{id}/notes")
	List<NoteJson> notes(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.counselling.read(user, id).stream().map(this::note).toList();
	}

	@Operation(summary = "Name the university's counselling supervisor (a university admin)",
			description = "A service provider of the university, who then reads its counsellors' notes.")
	@PostMapping("/universities/{id}/counselling-supervisor")
	@ApiResponse(responseCode = "204", description = "Named")
	ResponseEntity<Void> supervisor(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody SupervisorRequest request) {
		this.counselling.nameSupervisor(user, id, Bookings.parseId("accountId", request.accountId()));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Add a residence hall to a university (its admins)")
	@PostMapping("/halls")
	@ApiResponse(responseCode = "201", description = "The hall")
	ResponseEntity<HallJson> hall(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody HallRequest request) {
		ResidenceHall hall = this.halls.create(user, Bookings.parseId("universityId", request.universityId()),
				request.name());
		return ResponseEntity.created(URI.create("/api/v1/halls/" + hall.getId())).body(HallJson.of(hall));
	}

	@Operation(summary = "The residence halls of a university")
	@GetMapping("/halls")
	List<HallJson> halls(@RequestParam Long universityId) {
		return this.halls.ofUniversity(universityId).stream().map(HallJson::of).toList();
	}

	@Operation(summary = "A student of the university now lives in the hall (its admins)")
	@PostMapping("/halls/{id}/residents")
	@ApiResponse(responseCode = "204", description = "Recorded")
	ResponseEntity<Void> resident(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody ResidentRequest request) {
		this.halls.setResident(user, id, Bookings.parseId("studentId", request.studentId()));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Offer a safety course with its quiz (an admin of the university or college)",
			description = "questions[].answer is the index of the right option, from 0; passMark in per cent; a "
					+ "required course needs a deadline.")
	@PostMapping("/courses")
	@ApiResponse(responseCode = "201", description = "The course, without its answers")
	ResponseEntity<CourseJson> course(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CourseRequest request) {
		Course course = this.courses.offer(user, request);
		return ResponseEntity.created(URI.create("/api/v1/courses/" + course.getId())).body(CourseJson.of(course));
	}

	@Operation(summary = "Revise a safety course and its quiz (its organisation's admins)",
			description = "A new version, with the same fields as a new course but organisationId (a course stays "
					+ "where it is). Completions keep the version they passed.")
	@PutMapping("/courses/{id}")
	CourseJson revise(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody CourseRevision revision) {
		return CourseJson.of(this.courses.revise(user, id, revision.toRequest()));
	}

	@Operation(summary = "One course, without its answers (its students and admins)")
	@GetMapping("/courses/{id}")
	CourseJson getCourse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return CourseJson.of(this.courses.course(user, id));
	}

	@Operation(summary = "The courses the student takes, with their completion")
	@GetMapping("/me/courses")
	List<MyCourseJson> myCourses(@AuthenticationPrincipal CurrentUser user) {
		Map<Long, Completion> done = this.courses.completionsOf(user);
		return this.courses.forStudent(user)
			.stream()
			.map(c -> new MyCourseJson(CourseJson.of(c), completion(done.get(c.getId()))))
			.toList();
	}

	@Operation(summary = "Answer a course's quiz (a student)",
			description = "A score at least the pass mark records one completion (course version, score, time); a "
					+ "retake after passing records none.")
	@PostMapping("/courses/{id}/attempts")
	AttemptJson attempt(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody AttemptRequest request) {
		Attempt attempt = this.courses.attempt(user, id, request.courseVersion(), request.answers());
		return new AttemptJson(attempt.score(), attempt.passed(), completion(attempt.completion()));
	}

	@Operation(summary = "A course's completion rate in an organisation and who has not completed it (its admins)")
	@GetMapping("/courses/{id}/completions")
	RateJson completions(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Long organisationId) {
		CompletionRate rate = this.courses.rate(user, id, organisationId);
		return new RateJson(rate.students(), rate.completed(), rate.percent(), rate.overdue(),
				rate.missing()
					.stream()
					.map(a -> new PersonJson(a.getId().toString(), a.getDisplayName(), a.getStudentNumber()))
					.toList());
	}

	@Operation(summary = "Remind the organisation's students who have not completed the course (its admins)")
	@PostMapping("/courses/{id}/reminders")
	Map<String, Integer> remind(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Long organisationId) {
		return Map.of("reminded", this.courses.remind(user, id, organisationId));
	}

	@Operation(summary = "Post an announcement to an organisation's students (its admins)",
			description = "To a university or college; with hallId to one residence hall's residents. Shown on "
					+ "their workbench and mailed as each chose.")
	@PostMapping("/announcements")
	@ApiResponse(responseCode = "201", description = "The announcement")
	ResponseEntity<AnnouncementJson> announce(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AnnouncementRequest request) {
		Announcement announcement = this.announcements.post(user, request);
		return ResponseEntity.created(URI.create("/api/v1/announcements/" + announcement.getId()))
			.body(announcement(announcement, false, 0L));
	}

	@Operation(summary = "The announcements of a subtree, with read counts (its admins)")
	@GetMapping("/announcements")
	PageResponse<AnnouncementJson> announcements(@AuthenticationPrincipal CurrentUser user,
			@RequestParam Long organisationId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		List<Announcement> list = this.announcements.managed(user, this.organisations.get(organisationId), 500);
		Map<Long, Long> counts = this.announcements.readCounts(list);
		return PageResponse.of(list, page, size, a -> announcement(a, false, counts.getOrDefault(a.getId(), 0L)));
	}

	@Operation(summary = "The announcements to the student, latest first, with whether each was read")
	@GetMapping("/me/announcements")
	PageResponse<AnnouncementJson> myAnnouncements(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		List<Announcement> list = this.announcements.mine(user, 500);
		Set<Long> read = this.announcements.readBy(user, list);
		return PageResponse.of(list, page, size, a -> announcement(a, read.contains(a.getId()), null));
	}

	@Operation(summary = "Mark an announcement read (a student it was posted to)")
	@PostMapping("/announcements/{id}/read")
	@ApiResponse(responseCode = "204", description = "Read")
	ResponseEntity<Void> read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.announcements.read(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Bookings and no-shows per service of a subtree over a period (its admins)",
			description = "Counselling figures below practica.onestop.smallest-count (5) are null, so no one is "
					+ "singled out. Defaults: the last 30 days to the next 30.")
	@GetMapping("/onestop/figures")
	List<FigureJson> figures(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		Organisation organisation = this.organisations.get(organisationId);
		LocalDate today = LocalDate.now(this.clock);
		Instant start = (from == null ? today.minusDays(30) : from).atStartOfDay(this.zone).toInstant();
		Instant end = (to == null ? today.plusDays(30) : to).plusDays(1).atStartOfDay(this.zone).toInstant();
		return this.bookings.figures(user, organisation, start, end)
			.stream()
			.map(f -> new FigureJson(f.service().getId().toString(), f.service().getTitle(),
					f.service().getKind().name(), f.bookings(), f.noShows()))
			.toList();
	}

	private SlotJson slot(Slot s, List<String> series) {
		return new SlotJson(s.getId().toString(), s.getServiceId().toString(), s.getKind().name(), at(s.getStartsAt()),
				at(s.getEndsAt()), s.getCapacity(), s.getBooked(), s.placesLeft(), s.getProviderId().toString(),
				s.getBufferMinutes(), s.getNoticeMinutes(), series);
	}

	private BookingJson booking(Booking b) {
		return new BookingJson(b.getId().toString(), b.getSlotId().toString(), b.getServiceId().toString(),
				b.getKind().name(), b.getStatus().name(), at(b.getStartsAt()), at(b.getEndsAt()),
				b.getStudentId().toString(), b.getProviderId().toString(), at(b.getBookedAt()));
	}

	private NoteJson note(CounsellingNote n) {
		return new NoteJson(n.getId().toString(), n.getBookingId().toString(), n.getAuthorId().toString(), n.getBody(),
				at(n.getWrittenAt()));
	}

	private CompletionJson completion(Completion c) {
		return c == null ? null : new CompletionJson(c.getCourseId().toString(), c.getCourseVersion(), c.getScore(),
				at(c.getCompletedAt()));
	}

	private AnnouncementJson announcement(Announcement a, boolean read, Long readCount) {
		return new AnnouncementJson(a.getId().toString(), a.getOrganisationId().toString(), Ids.text(a.getHallId()),
				a.getTitle(), a.getBody(), at(a.getPostedAt()), read, readCount);
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atZone(this.zone).toOffsetDateTime();
	}

	record ServiceJson(String id, String organisationId, String kind, String title, String location, String hallId) {
		static ServiceJson of(CommunityService s) {
			return new ServiceJson(s.getId().toString(), s.getOrganisationId().toString(), s.getKind().name(),
					s.getTitle(), s.getLocation(), Ids.text(s.getHallId()));
		}
	}

	record SlotJson(String id, String serviceId, String kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
			int capacity, int booked, int placesLeft, String providerId, int bufferMinutes, int noticeMinutes,
			List<String> series) {
	}

	record BookingJson(String id, String slotId, String serviceId, String kind, String status, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String studentId, String providerId, OffsetDateTime bookedAt) {
	}

	record ConsentRequest(@NotNull ServiceKind kind) {
	}

	record ConsentJson(String kind, String textVersion, OffsetDateTime givenAt) {
	}

	record NoteRequest(String text) {
	}

	record NoteJson(String id, String bookingId, String authorId, String text, OffsetDateTime writtenAt) {
	}

	record SupervisorRequest(@NotBlank String accountId) {
	}

	record HallRequest(@NotBlank String universityId, @NotBlank String name) {
	}

	record ResidentRequest(@NotBlank String studentId) {
	}

	record HallJson(String id, String universityId, String name) {
		static HallJson of(ResidenceHall h) {
			return new HallJson(h.getId().toString(), h.getUniversityId().toString(), h.getName());
		}
	}

	record QuestionJson(String text, List<String> options) {
	}

	record CourseJson(String id, String organisationId, String title, String content, int version, int passMark,
			boolean required, LocalDate deadline, List<QuestionJson> questions) {
		static CourseJson of(Course c) {
			return new CourseJson(c.getId().toString(), c.getOrganisationId().toString(), c.getTitle(), c.getContent(),
					c.getCourseVersion(), c.getPassMark(), c.isRequired(), c.getDeadline(),
					c.getQuestions().stream().map(q -> new QuestionJson(q.getText(), q.getOptions())).toList());
		}
	}

	record MyCourseJson(CourseJson course, CompletionJson completion) {
	}

	record AttemptRequest(@NotNull List<Integer> answers, Integer courseVersion) {
	}

	record AttemptJson(int score, boolean passed, CompletionJson completion) {
	}

	record CompletionJson(String courseId, int courseVersion, int score, OffsetDateTime completedAt) {
	}

	record PersonJson(String id, String displayName, String studentNumber) {
	}

	record RateJson(int students, int completed, int percent, boolean overdue, List<PersonJson> missing) {
	}

	record AnnouncementJson(String id, String organisationId, String hallId, String title, String body,
			OffsetDateTime postedAt, boolean read, Long readCount) {
	}

	record FigureJson(String serviceId, String title, String kind, Long bookings, Long noShows) {
	}

}
