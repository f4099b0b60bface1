package org.practica.onestop;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.signup.CalendarFeeds;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-stop community's pages: the student's page (the four kinds, my bookings, my
 * courses, announcements), the consent page, a course with its quiz, the provider's week
 * and bookings, a booking (with the counsellor's notes for the counsellor), and the
 * admin's services and figures.
 */
@Controller
class OnestopController {

	private static final Duration AHEAD = Duration.ofDays(14);

	private final Bookings bookings;

	private final Counselling counselling;

	private final Courses courses;

	private final Announcements announcements;

	private final Halls halls;

	private final Organisations organisations;

	private final Accounts accounts;

	private final CalendarFeeds feeds;

	private final Clock clock;

	private final ZoneId zone;

	OnestopController(Bookings bookings, Counselling counselling, Courses courses, Announcements announcements,
			Halls halls, Organisations organisations, Accounts accounts, CalendarFeeds feeds, Clock clock) {
		this.bookings = bookings;
		this.counselling = counselling;
		this.courses = courses;
		this.announcements = announcements;
		this.halls = halls;
		this.organisations = organisations;
		this.accounts = accounts;
		this.feeds = feeds;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	@GetMapping("/onestop")
	String student(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.holds(Role.STUDENT)) {
			return user.holds(Role.SERVICE_PROVIDER) ? "redirect:/onestop/provider" : "redirect:/onestop/admin";
		}
		List<CommunityService> open = this.bookings.openTo(user);
		Map<ServiceKind, List<CommunityService>> byKind = new LinkedHashMap<>();
		for (ServiceKind kind : ServiceKind.values()) {
			byKind.put(kind, open.stream().filter(s -> s.getKind() == kind).toList());
		}
		Instant now = this.clock.instant();
		Map<Long, List<Slot>> slots = this.bookings.coming(open.stream().map(CommunityService::getId).toList(), AHEAD)
			.stream()
			.filter(s -> s.isOpenAt(now))
			.collect(Collectors.groupingBy(Slot::getServiceId, LinkedHashMap::new, Collectors.toList()));
		List<Booking> mine = this.bookings.mine(user);
		model.addAttribute("kinds", byKind);
		model.addAttribute("slots", slots);
		model.addAttribute("bookings", mine);
		model.addAttribute("services",
				this.bookings.servicesById(mine.stream().map(Booking::getServiceId).distinct().toList()));
		model.addAttribute("providers",
				names(slots.values().stream().flatMap(List::stream).map(Slot::getProviderId).distinct().toList()));
		model.addAttribute("courses", this.courses.forStudent(user));
		model.addAttribute("completions", this.courses.completionsOf(user));
		List<Announcement> announced = this.announcements.mine(user, 20);
		model.addAttribute("announcements", announced);
		model.addAttribute("read", this.announcements.readBy(user, announced));
		model.addAttribute("consented", this.bookings.hasConsented(user.id(), ServiceKind.COUNSELLING));
		model.addAttribute("hall", this.halls.hallOf(user.id()).flatMap(this.halls::find).orElse(null));
		model.addAttribute("now", now);
		model.addAttribute("cutoff", this.bookings.cancellationCutoff());
		model.addAttribute("feedCreatedAt", this.feeds.createdAt(user).orElse(null));
		return "onestop/student";
	}

	@PostMapping("/onestop/slots/{id}/book")
	String book(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		Slot slot = this.bookings.findSlot(id).orElseThrow(Problem::notFound);
		if (slot.getKind().isPrivate() && user.holds(Role.STUDENT)
				&& !this.bookings.hasConsented(user.id(), slot.getKind())) {
			return "redirect:/onestop/consent?slot=" + id;
		}
		this.bookings.book(user, id);
		redirect.addFlashAttribute("flash", "onestop.booked");
		return "redirect:/onestop#bookings";
	}

	@GetMapping("/onestop/consent")
	String consentPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long slot,
			Model model) {
		model.addAttribute("slot", slot);
		model.addAttribute("version", this.counselling.consentVersion());
		model.addAttribute("given", this.counselling.given(user, ServiceKind.COUNSELLING).orElse(null));
		return "onestop/consent";
	}

	@PostMapping("/onestop/consent")
	String consent(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long slot,
			RedirectAttributes redirect) {
		this.counselling.consent(user, ServiceKind.COUNSELLING);
		if (slot != null) {
			this.bookings.book(user, slot);
			redirect.addFlashAttribute("flash", "onestop.booked");
			return "redirect:/onestop#bookings";
		}
		redirect.addFlashAttribute("flash", "onestop.consent.given");
		return "redirect:/onestop";
	}

	@PostMapping("/onestop/bookings/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		Booking booking = this.bookings.cancel(user, id);
		redirect.addFlashAttribute("flash", "onestop.cancelled");
		return booking.getStudentId().equals(user.id()) ? "redirect:/onestop#bookings"
				: "redirect:/onestop/bookings/" + id;
	}

	@GetMapping("/onestop/bookings/{id}")
	String booking(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Booking booking = this.bookings.findBooking(id).orElseThrow(Problem::notFound);
		// its student, provider and (not for counselling) admins see the booking; the
		// counselling supervisor sees it for its notes only, as the API lets them read
		// them
		boolean party = this.bookings.isPartyTo(user, booking);
		boolean notes = this.counselling.mayRead(user, booking);
		if (!party && !notes) {
			throw Problem.notFound();
		}
		model.addAttribute("booking", booking);
		model.addAttribute("service", this.bookings.findService(booking.getServiceId()).orElseThrow());
		boolean own = booking.getStudentId().equals(user.id());
		model.addAttribute("own", own);
		model.addAttribute("party", party);
		model.addAttribute("student", own || !party ? null : this.accounts.find(booking.getStudentId()).orElse(null));
		model.addAttribute("provider", this.accounts.find(booking.getProviderId()).orElse(null));
		model.addAttribute("mayWriteNotes", booking.getProviderId().equals(user.id()) && notes);
		model.addAttribute("notes", notes ? this.counselling.read(user, id) : List.of());
		model.addAttribute("showNotes", notes);
		model.addAttribute("now", this.clock.instant());
		return "onestop/booking";
	}

	@PostMapping("/onestop/bookings/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String text,
			RedirectAttributes redirect) {
		this.counselling.write(user, id, text);
		redirect.addFlashAttribute("flash", "onestop.note.saved");
		return "redirect:/onestop/bookings/" + id;
	}

	@PostMapping("/onestop/bookings/{id}/no-show")
	String noShow(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.bookings.noShow(user, id);
		redirect.addFlashAttribute("flash", "onestop.no-show.recorded");
		return "redirect:/onestop/bookings/" + id;
	}

	@PostMapping("/onestop/announcements/{id}/read")
	String read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.announcements.read(user, id);
		return "redirect:/onestop#announcements";
	}

	@GetMapping("/onestop/courses/{id}")
	String course(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Course course = this.courses.course(user, id);
		model.addAttribute("course", course);
		model.addAttribute("completion", this.courses.completionsOf(user).get(id));
		return "onestop/course";
	}

	@PostMapping("/onestop/courses/{id}")
	String attempt(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Course course = this.courses.course(user, id);
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < course.getQuestions().size(); i++) {
			String chosen = form.get("q" + i);
			answers.add(chosen == null || !chosen.matches("\\d{1,2}") ? -1 : Integer.valueOf(chosen));
		}
		String read = form.get("courseVersion");
		if (read != null && !read.equals(Integer.toString(course.getCourseVersion()))) {
			// revised while the student answered: they read the new version first
			redirect.addFlashAttribute("flash", "onestop.course.revised-meanwhile");
			return "redirect:/onestop/courses/" + id;
		}
		Attempt attempt = this.courses.attempt(user, id, answers);
		redirect.addFlashAttribute("score", attempt.score());
		redirect.addFlashAttribute("flash", attempt.passed() ? "onestop.course.passed" : "onestop.course.failed");
		return "redirect:/onestop/courses/" + id;
	}

	@GetMapping("/onestop/provider")
	String provider(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			Model model) {
		if (!user.holds(Role.SERVICE_PROVIDER)) {
			throw Problem.forbidden();
		}
		LocalDate monday = (week == null ? LocalDate.now(this.clock) : week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant from = monday.atStartOfDay(this.zone).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(this.zone).toInstant();
		List<Slot> slots = this.bookings.providerSlots(user, from, to);
		Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
		for (int d = 0; d < 7; d++) {
			LocalDate day = monday.plusDays(d);
			days.put(day,
					slots.stream().filter(s -> LocalDate.ofInstant(s.getStartsAt(), this.zone).equals(day)).toList());
		}
		Instant now = this.clock.instant();
		List<Booking> coming = this.bookings.providerBookings(user, now.minus(Duration.ofDays(7)), now.plus(AHEAD));
		List<CommunityService> mine = this.bookings.forProvider(user);
		List<Long> serviceIds = new ArrayList<>(mine.stream().map(CommunityService::getId).toList());
		slots.forEach(s -> serviceIds.add(s.getServiceId()));
		coming.forEach(b -> serviceIds.add(b.getServiceId()));
		model.addAttribute("monday", monday);
		model.addAttribute("feedCreatedAt", this.feeds.createdAt(user).orElse(null));
		model.addAttribute("days", days);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("bookings", coming);
		model.addAttribute("students", names(coming.stream().map(Booking::getStudentId).distinct().toList()));
		model.addAttribute("services", this.bookings.servicesById(serviceIds.stream().distinct().toList()));
		model.addAttribute("offered", mine);
		model.addAttribute("start",
				LocalDateTime.now(this.clock).plusDays(1).withHour(14).withMinute(0).withSecond(0).withNano(0));
		return "onestop/provider";
	}

	@PostMapping("/onestop/provider/slots")
	String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam Long serviceId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(defaultValue = "60") int minutes, @RequestParam(defaultValue = "1") int capacity,
			@RequestParam(defaultValue = "0") int repeatWeeks, @RequestParam(defaultValue = "0") int bufferMinutes,
			RedirectAttributes redirect) {
		java.time.OffsetDateTime start = startsAt.atZone(this.zone).toOffsetDateTime();
		this.bookings.publish(user, serviceId, new SlotRequest(start, start.plusMinutes(Math.max(1, minutes)), capacity,
				user.id().toString(), repeatWeeks, bufferMinutes, null));
		redirect.addFlashAttribute("flash", "onestop.slot.published");
		return "redirect:/onestop/provider?week=" + startsAt.toLocalDate();
	}

	@GetMapping("/onestop/admin")
	String admin(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
			Model model) {
		model.addAttribute("slotForm", new AdminSlotForm(
				LocalDateTime.now(this.clock).plusDays(1).withHour(14).withMinute(0).withSecond(0).withNano(0)));
		return adminPage(user, organisationId, model);
	}

	/**
	 * A slot of one of the organisation's services, published by its admin for one of its
	 * service providers, by the rules the API and the provider's page follow.
	 */
	@PostMapping("/onestop/admin/slots")
	String publishFor(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@Valid @ModelAttribute("slotForm") AdminSlotForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		adminOrganisation(user, organisationId);
		if (!result.hasErrors()) {
			try {
				this.bookings.publish(user, form.getServiceId(), form.toRequest(this.zone));
				redirect.addFlashAttribute("flash", "onestop.slot.published");
				return "redirect:/onestop/admin?organisationId=" + organisationId + "#admin-slots";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		return adminPage(user, organisationId, model);
	}

	/** A service's title, location and hall, changed by its organisation's admin. */
	@PostMapping("/onestop/admin/services/{id}")
	String reviseService(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam Long organisationId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String location, @RequestParam(required = false) String hallId,
			RedirectAttributes redirect) {
		this.bookings.revise(user, id, new ServiceRevision(title, location, hallId));
		redirect.addFlashAttribute("flash", "onestop.service.revised");
		return "redirect:/onestop/admin?organisationId=" + organisationId + "#services";
	}

	private Organisation adminOrganisation(CurrentUser user, Long organisationId) {
		List<Organisation> choices = this.organisations.managed(user, OrganisationKind.UNIVERSITY,
				OrganisationKind.COLLEGE);
		if (choices.isEmpty()) {
			throw Problem.forbidden();
		}
		return organisationId == null
				? choices.stream().min(java.util.Comparator.comparingInt(o -> o.getPath().length())).orElseThrow()
				: choices.stream()
					.filter(o -> o.getId().equals(organisationId))
					.findFirst()
					.orElseThrow(Problem::notFound);
	}

	private String adminPage(CurrentUser user, Long organisationId, Model model) {
		List<Organisation> choices = this.organisations.managed(user, OrganisationKind.UNIVERSITY,
				OrganisationKind.COLLEGE);
		Organisation organisation = adminOrganisation(user, organisationId);
		LocalDate today = LocalDate.now(this.clock);
		Instant from = today.minusDays(30).atStartOfDay(this.zone).toInstant();
		Instant to = today.plusDays(31).atStartOfDay(this.zone).toInstant();
		model.addAttribute("choices", choices);
		model.addAttribute("organisation", organisation);
		model.addAttribute("figures", this.bookings.figures(user, organisation, from, to));
		model.addAttribute("from", today.minusDays(30));
		model.addAttribute("to", today.plusDays(30));
		List<Announcement> posted = this.announcements.managed(user, organisation, 20);
		model.addAttribute("announcements", posted);
		model.addAttribute("readCounts", this.announcements.readCounts(posted));
		model.addAttribute("rates",
				this.courses.managed(user, organisation)
					.stream()
					.map(c -> this.courses.rate(user, c.getId(),
							organisation.getPath().startsWith(c.getOrganisationPath()) ? organisation.getId() : null))
					.toList());
		model.addAttribute("halls", this.halls.ofUniversity(organisation.rootId()));
		boolean university = organisation.getKind() == OrganisationKind.UNIVERSITY;
		model.addAttribute("university", university);
		model.addAttribute("services", this.bookings.managed(user, organisation));
		model.addAttribute("providers",
				// anyone the publishing accepts: a service provider anywhere in the
				// university
				this.accounts
					.byId(this.accounts.holdingUnder(Role.SERVICE_PROVIDER,
							this.organisations.get(organisation.rootId()).getPath()))
					.values()
					.stream()
					.sorted(java.util.Comparator.comparing(Account::getUsername))
					.toList());
		if (university) {
			model.addAttribute("residents",
					this.halls.ofUniversity(organisation.getId())
						.stream()
						.collect(Collectors.toMap(ResidenceHall::getId, h -> this.halls.residents(h.getId()).size())));
			model.addAttribute("supervisor", this.counselling.supervisorOf(organisation.getId()).orElse(null));
		}
		model.addAttribute("kinds", ServiceKind.values());
		return "onestop/admin";
	}

	@PostMapping("/onestop/admin/services")
	String offer(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam ServiceKind kind, @RequestParam String title, @RequestParam String location,
			@RequestParam(required = false) String hallId, RedirectAttributes redirect) {
		this.bookings.offer(user, new ServiceRequest(organisationId.toString(), kind, required("title", title),
				required("location", location), hallId));
		redirect.addFlashAttribute("flash", "onestop.service.offered");
		return "redirect:/onestop/admin?organisationId=" + organisationId;
	}

	@PostMapping("/onestop/admin/announcements")
	String announce(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam String title, @RequestParam String body, @RequestParam(required = false) String hallId,
			RedirectAttributes redirect) {
		this.announcements.post(user, new AnnouncementRequest(organisationId.toString(), required("title", title),
				required("body", body), hallId));
		redirect.addFlashAttribute("flash", "onestop.announcement.posted");
		return "redirect:/onestop/admin?organisationId=" + organisationId;
	}

	@PostMapping("/onestop/admin/courses/{id}/remind")
	String remind(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long organisationId,
			RedirectAttributes redirect) {
		Course course = this.courses.course(user, id);
		Long scope = this.organisations.get(organisationId).getPath().startsWith(course.getOrganisationPath())
				? organisationId : null;
		redirect.addFlashAttribute("reminded", this.courses.remind(user, id, scope));
		redirect.addFlashAttribute("flash", "onestop.course.reminded");
		return "redirect:/onestop/admin?organisationId=" + organisationId;
	}

	/** A residence hall of the university the admin runs. */
	@PostMapping("/onestop/admin/halls")
	String createHall(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		this.halls.create(user, organisationId, name == null ? null : name.strip());
		redirect.addFlashAttribute("flash", "onestop.hall.created");
		return "redirect:/onestop/admin?organisationId=" + organisationId + "#halls";
	}

	/** A student (by username) now lives in the hall. */
	@PostMapping("/onestop/admin/halls/{id}/residents")
	String setResident(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String username, RedirectAttributes redirect) {
		ResidenceHall hall = this.halls.managed(user, id);
		// an unknown name and an account elsewhere get the same answer: the form never
		// tells
		// an admin which usernames exist outside their university
		Account student = this.accounts.findByUsername(username == null ? "" : username.strip())
			.orElseThrow(() -> FieldProblem.unprocessable("username", "onestop.hall.not-student"));
		try {
			this.halls.setResident(user, id, student.getId());
		}
		catch (FieldProblem problem) {
			throw FieldProblem.unprocessable("username", "onestop.hall.not-student");
		}
		redirect.addFlashAttribute("flash", "onestop.hall.resident-set");
		return "redirect:/onestop/admin?organisationId=" + hall.getUniversityId() + "#halls";
	}

	/** The university's counselling supervisor, one of its service providers. */
	@PostMapping("/onestop/admin/supervisor")
	String nameSupervisor(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@RequestParam(required = false) Long accountId, RedirectAttributes redirect) {
		if (accountId == null) {
			throw FieldProblem.invalid("accountId", "onestop.supervisor.required");
		}
		this.counselling.nameSupervisor(user, organisationId, accountId);
		redirect.addFlashAttribute("flash", "onestop.supervisor.named");
		return "redirect:/onestop/admin?organisationId=" + organisationId + "#halls";
	}

	/** A new safety course, with its quiz, for a university or college the admin runs. */
	@GetMapping("/onestop/admin/courses/new")
	String newCourse(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId, Model model) {
		Organisation organisation = managedOrganisation(user, organisationId);
		model.addAttribute("form", new CourseForm().withBlankQuestions());
		return courseForm(model, organisation, null);
	}

	@PostMapping("/onestop/admin/courses")
	String offerCourse(@AuthenticationPrincipal CurrentUser user, @RequestParam Long organisationId,
			@Valid @ModelAttribute("form") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = managedOrganisation(user, organisationId);
		CourseRequest request = form.toRequest(organisationId, result);
		if (!result.hasErrors()) {
			try {
				this.courses.offer(user, request);
				redirect.addFlashAttribute("flash", "onestop.course.offered");
				return "redirect:/onestop/admin?organisationId=" + organisationId + "#course-rates";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		form.withBlankQuestions();
		return courseForm(model, organisation, null);
	}

	/**
	 * A course's content and quiz to revise, for its organisation's admins (404 else).
	 */
	@GetMapping("/onestop/admin/courses/{id}/edit")
	String editCourse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Course course = this.courses.managedCourse(user, id);
		model.addAttribute("form", CourseForm.of(course).withBlankQuestions());
		return courseForm(model, this.organisations.get(course.getOrganisationId()), course);
	}

	@PostMapping("/onestop/admin/courses/{id}")
	String reviseCourse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Course course = this.courses.managedCourse(user, id);
		CourseRequest request = form.toRequest(course.getOrganisationId(), result);
		if (!result.hasErrors()) {
			try {
				this.courses.revise(user, id, request);
				redirect.addFlashAttribute("flash", "onestop.course.revised");
				return "redirect:/onestop/admin?organisationId=" + course.getOrganisationId() + "#course-rates";
			}
			catch (FieldProblem problem) {
				problem.rejectInto(result);
			}
		}
		form.withBlankQuestions();
		return courseForm(model, this.organisations.get(course.getOrganisationId()), course);
	}

	private String courseForm(Model model, Organisation organisation, Course course) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("course", course);
		return "onestop/course-form";
	}

	private Organisation managedOrganisation(CurrentUser user, Long organisationId) {
		return this.organisations.getManaged(user, organisationId);
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw org.practica.support.FieldProblem.invalid(field, "onestop.field.required");
		}
		return value.strip();
	}

	private Map<Long, String> names(List<Long> ids) {
		return this.accounts.byId(ids)
			.values()
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

}
