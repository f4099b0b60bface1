package org.practica.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.project.Project;
import org.practica.project.ProjectDates;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.PlaceLocks;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shifts and the places on them. Every change to a shift's places happens with the
 * shift's row locked, and every sign-up with the student's account locked, as the shared
 * race-safe place takes them ({@link PlaceLocks}, which one-stop bookings use too), so
 * that capacity, waitlist order and the no-overlap rule hold under any concurrency.
 */
@Service
@Transactional(readOnly = true)
public class Signups {

	/**
	 * How many waitlisted students a cancellation asks, in queue order, for one who is
	 * free.
	 */
	private static final int PROMOTION_CANDIDATES = 20;

	private final ShiftRepository shifts;

	private final SignupRepository signups;

	private final Projects projects;

	private final Needs needs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration cancellationCutoff;

	/** Locks a shift and a student, and asks what else holds the student's time. */
	private final PlaceLocks places;

	Signups(ShiftRepository shifts, SignupRepository signups, Projects projects, Needs needs, PlaceLocks places,
			ApplicationEventPublisher events, Clock clock, SignupSettings settings) {
		this.shifts = shifts;
		this.signups = signups;
		this.projects = projects;
		this.needs = needs;
		this.places = places;
		this.events = events;
		this.clock = clock;
		this.cancellationCutoff = settings.cancellationCutoff();
	}

	/**
	 * Adds a shift to an active project the person manages (its team leader or community
	 * admin).
	 */
	@Transactional
	public Shift addShift(CurrentUser by, Long projectId, ShiftRequest request) {
		Project project = this.projects.getManaged(by, projectId);
		if (!project.isActive()) {
			throw Problem.conflict("project.not-active");
		}
		if (!request.endsAt().toInstant().isAfter(this.clock.instant())) {
			// nobody could sign up, check in or serve: a shift that is over is a typing
			// mistake
			throw FieldProblem.unprocessable("endsAt", "shift.ended");
		}
		ProjectDates dates = this.projects.dates(project);
		ZoneId zone = this.clock.getZone();
		if (!dates.contains(request.startsAt().toInstant(), zone)) {
			throw FieldProblem.unprocessable("startsAt", "shift.outside-project", dates.from(), dates.to());
		}
		// a shift that ends at midnight ends on the day before
		if (!dates.contains(request.endsAt().toInstant().minusNanos(1), zone)) {
			throw FieldProblem.unprocessable("endsAt", "shift.outside-project", dates.from(), dates.to());
		}
		Optional<Need> need = project.getNeedId() == null ? Optional.empty() : this.needs.find(project.getNeedId());
		Shift shift = this.shifts.save(new Shift(project, request, need.map(Need::getLatitude).orElse(null),
				need.map(Need::getLongitude).orElse(null)));
		this.events.publishEvent(
				new ShiftAdded(shift.getId(), projectId, shift.getStartsAt(), shift.getEndsAt(), shift.getCapacity()));
		return shift;
	}

	public List<Shift> shiftsOf(CurrentUser by, Long projectId) {
		this.projects.get(by, projectId);
		return this.shifts.findByProjectIdOrderByStartsAtAscIdAsc(projectId);
	}

	/** The shift, if the person may see its project. */
	public Shift shift(CurrentUser by, Long shiftId) {
		Shift shift = this.shifts.findById(shiftId).orElseThrow(Problem::notFound);
		this.projects.get(by, shift.getProjectId());
		return shift;
	}

	/**
	 * The shift, if the person manages its project: 404 when not visible, 403 when not
	 * theirs.
	 */
	public Shift managedShift(CurrentUser by, Long shiftId) {
		Shift shift = this.shifts.findById(shiftId).orElseThrow(Problem::notFound);
		this.projects.getManaged(by, shift.getProjectId());
		return shift;
	}

	public Optional<Shift> findShift(Long shiftId) {
		return this.shifts.findById(shiftId);
	}

	public List<Shift> findShifts(Collection<Long> shiftIds) {
		return this.shifts.findAllById(shiftIds);
	}

	/**
	 * A student signs up: confirmed while seats are free, then waitlisted in the order
	 * they come. Refused (409) when already signed up to this shift or to one that
	 * overlaps it.
	 */
	@Transactional
	public Signup signUp(CurrentUser student, Long shiftId) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		Shift shift = this.places.lock(Shift.class, shiftId).orElseThrow(Problem::notFound);
		Project project = this.projects.get(student, shift.getProjectId());
		if (!project.isActive()) {
			throw Problem.conflict("project.not-active");
		}
		this.projects.checkMayJoin(student, project);
		this.places.lockPerson(student.id());
		List<Long> held = this.signups.overlapping(student.id(), shift.getStartsAt(), shift.getEndsAt(), Limit.of(2));
		if (held.contains(shiftId)) {
			throw Problem.conflict("signup.already");
		}
		if (!held.isEmpty() || holdsOtherCommitment(student.id(), shift.getStartsAt(), shift.getEndsAt())) {
			throw Problem.conflict("signup.overlapping");
		}
		Signup signup = this.signups.save(shift.admit(student.id(), this.clock.instant()));
		this.events.publishEvent(
				signup.isConfirmed() ? new SignupConfirmed(signup.getId(), shiftId, signup.getProjectId(), student.id())
						: new SignupWaitlisted(signup.getId(), shiftId, signup.getProjectId(), student.id(),
								signup.getQueueNumber()));
		return signup;
	}

	/**
	 * Locks the shifts' rows, in id order, until the surrounding transaction ends, so
	 * that their free seats can be read and then filled by {@link #assign} without an
	 * ordinary sign-up taking a seat in between.
	 * @param shiftIds the shifts
	 * @return the shifts that exist, by id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Long, Shift> lockForAssignment(Collection<Long> shiftIds) {
		return this.places.lockAll(Shift.class, shiftIds);
	}

	/**
	 * Admits students chosen by a matching round as confirmed sign-ups, with the shift's
	 * row locked as {@link #signUp} does. A student is left out when the shift has no
	 * free seat or has ended, or when they already hold this or an overlapping shift.
	 * @param shiftId the shift
	 * @param studentIds the students assigned to it
	 * @return the students admitted, in the given order
	 */
	@Transactional
	public List<Long> assign(Long shiftId, List<Long> studentIds) {
		Shift shift = this.places.lock(Shift.class, shiftId).orElseThrow(Problem::notFound);
		Instant now = this.clock.instant();
		List<Long> admitted = new ArrayList<>();
		for (Long studentId : studentIds) {
			if (shift.seatsLeftAt(now) == 0) {
				break;
			}
			this.places.lockPerson(studentId);
			if (holdsOverlapping(studentId, shift.getStartsAt(), shift.getEndsAt())
					|| holdsOtherCommitment(studentId, shift.getStartsAt(), shift.getEndsAt())) {
				continue;
			}
			Signup signup = this.signups.save(shift.admit(studentId, now));
			admitted.add(studentId);
			this.events
				.publishEvent(new SignupAssignedByRound(signup.getId(), shiftId, signup.getProjectId(), studentId));
		}
		return admitted;
	}

	/**
	 * Whether the student holds a place (confirmed or waitlisted) on a shift that shares
	 * any moment with the given times.
	 */
	public boolean holdsOverlapping(Long studentId, Instant startsAt, Instant endsAt) {
		return !this.signups.overlapping(studentId, startsAt, endsAt, Limit.of(1)).isEmpty();
	}

	/**
	 * The places (confirmed or waitlisted) of many students that share a moment with the
	 * span, read in slices of a thousand students rather than one query per student.
	 * @return per student, their places in the span (absent when none)
	 */
	public Map<Long, List<Signup>> placesOverlapping(Collection<Long> studentIds, Instant startsAt, Instant endsAt) {
		List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(studentIds));
		Map<Long, List<Signup>> places = new java.util.HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Signup signup : this.signups.placesOfBetween(ids.subList(from, Math.min(ids.size(), from + 1000)),
					startsAt, endsAt)) {
				places.computeIfAbsent(signup.getStudentId(), id -> new java.util.ArrayList<>()).add(signup);
			}
		}
		return places;
	}

	/**
	 * Whether another module's commitment (a booked appointment) holds the student at any
	 * moment of the span; asked with the student's account locked.
	 */
	private boolean holdsOtherCommitment(Long studentId, Instant startsAt, Instant endsAt) {
		return this.places.heldElsewhere(SignupCommitments.class, studentId, startsAt, endsAt);
	}

	/**
	 * Gives up a place: by the student (not within the cut-off before the start) or by
	 * the project's admins. A confirmed place goes to the first waitlisted.
	 */
	@Transactional
	public Signup cancel(CurrentUser by, Long signupId) {
		Signup signup = this.signups.findById(signupId).orElseThrow(Problem::notFound);
		boolean own = signup.getStudentId().equals(by.id());
		if (!own) {
			Project project = this.projects.find(signup.getProjectId()).orElseThrow(Problem::notFound);
			if (!this.projects.visible(by, project)) {
				throw Problem.notFound();
			}
			if (!this.projects.manages(by, project)) {
				throw Problem.forbidden();
			}
		}
		Shift shift = this.places.lock(Shift.class, signup.getShiftId()).orElseThrow(Problem::notFound);
		if (own) {
			signup.cancelByStudent(this.clock.instant(), this.cancellationCutoff);
		}
		else {
			signup.cancelByOrganiser(this.clock.instant());
		}
		Signup promoted = null;
		if (signup.wasConfirmed()) {
			promoted = firstPromotable(shift);
		}
		shift.released(signup, promoted);
		this.events.publishEvent(new SignupCancelled(signup.getId(), shift.getId(), signup.getProjectId(),
				signup.getStudentId(), signup.wasConfirmed()));
		if (promoted != null) {
			this.events.publishEvent(new WaitlistedSignupPromoted(promoted.getId(), shift.getId(),
					promoted.getProjectId(), promoted.getStudentId(), shift.getTitle(), shift.getStartsAt()));
		}
		return signup;
	}

	/**
	 * The first waitlisted student who may take the freed seat: a waitlisted place holds
	 * no time yet, so the student may have booked an appointment at that time meanwhile;
	 * such a student keeps their place in the queue and the next one is asked. Each is
	 * locked (after the shift) before the check, as a sign-up does.
	 */
	private Signup firstPromotable(Shift shift) {
		for (Signup waiting : this.signups.firstWaiting(shift.getId(), Limit.of(PROMOTION_CANDIDATES))) {
			this.places.lockPerson(waiting.getStudentId());
			if (!holdsOtherCommitment(waiting.getStudentId(), shift.getStartsAt(), shift.getEndsAt())) {
				return waiting;
			}
		}
		return null;
	}

	/**
	 * Whether the student may no longer cancel this sign-up themselves (the cut-off
	 * passed).
	 */
	public boolean tooLateToCancel(Signup signup) {
		return signup.tooLateToCancel(this.clock.instant(), this.cancellationCutoff);
	}

	/** How long before its start a student may still cancel a sign-up. */
	public Duration cancellationCutoff() {
		return this.cancellationCutoff;
	}

	/** The places on a shift, in queue order, for its project's admins. */
	public List<Signup> roster(CurrentUser by, Long shiftId) {
		managedShift(by, shiftId);
		return this.signups.findByShiftIdOrderByQueueNumber(shiftId);
	}

	/**
	 * The person's sign-ups: those to shifts not ended yet first, soonest first, then
	 * those to shifts that have ended, latest first.
	 */
	public List<Signup> mine(CurrentUser student) {
		Instant now = this.clock.instant();
		List<Signup> mine = new ArrayList<>(this.signups.comingOf(student.id(), now));
		mine.addAll(this.signups.pastOf(student.id(), now));
		return mine;
	}

	/**
	 * The student's next place (confirmed or waitlisted) on a shift that has not ended,
	 * if any.
	 */
	public Optional<Signup> next(Long studentId) {
		return this.signups.heldFrom(studentId, this.clock.instant(), Limit.of(1)).stream().findFirst();
	}

	/**
	 * The shifts of the projects of the communities in a subtree the person manages,
	 * starting in the span, soonest first, at most {@code limit}.
	 */
	public List<Shift> shiftsInCommunities(CurrentUser by, String communityPath, Instant from, Instant to, int limit) {
		requireManaged(by, communityPath);
		return this.shifts.inCommunitiesBetween(communityPath, from, to, Limit.of(limit));
	}

	/**
	 * The shifts of the projects of the teams in a subtree the person manages, starting
	 * in the span, soonest first, at most {@code limit}.
	 */
	public List<Shift> shiftsOfTeams(CurrentUser by, String teamPath, Instant from, Instant to, int limit) {
		requireManaged(by, teamPath);
		return this.shifts.ofTeamsBetween(teamPath, from, to, Limit.of(limit));
	}

	private static void requireManaged(CurrentUser by, String path) {
		if (!by.manages(path)) {
			throw Problem.forbidden();
		}
	}

	/**
	 * The places (confirmed and waitlisted) on each of these shifts, in queue order; for
	 * the shifts' supervisors, whom the caller has checked.
	 */
	public Map<Long, List<Signup>> places(Collection<Long> shiftIds) {
		Map<Long, List<Signup>> places = new LinkedHashMap<>();
		if (!shiftIds.isEmpty()) {
			this.signups.placesOn(shiftIds)
				.forEach(s -> places.computeIfAbsent(s.getShiftId(), k -> new ArrayList<>()).add(s));
		}
		return places;
	}

	/** Which of these projects have a shift starting at or after the instant. */
	public java.util.Set<Long> projectsWithShiftsFrom(Collection<Long> projectIds, Instant from) {
		return projectIds.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(this.shifts.projectsWithShiftsFrom(projectIds, from));
	}

	/**
	 * Whether the student holds (or held, up to the shift's end) a confirmed place on a
	 * shift of the project.
	 */
	public boolean holdsConfirmedPlace(Long projectId, Long studentId) {
		return this.signups.existsByProjectIdAndStudentIdAndStatus(projectId, studentId, SignupStatus.CONFIRMED);
	}

	/** The student's confirmed place on the shift, if any. */
	public Optional<Signup> confirmed(Long shiftId, Long studentId) {
		return this.signups.findByShiftIdAndStudentIdAndStatus(shiftId, studentId, SignupStatus.CONFIRMED);
	}

	public List<Signup> confirmedStartingBetween(java.time.Instant from, java.time.Instant to) {
		return this.signups.confirmedStartingBetween(from, to);
	}

	public List<Shift> shiftsOfProjectsBetween(List<Long> projectIds, java.time.Instant from, java.time.Instant to) {
		return projectIds.isEmpty() ? List.of()
				: this.shifts.findByProjectIdInAndStartsAtBetweenOrderByStartsAtAscIdAsc(projectIds, from, to);
	}

	/** The students signed up (not cancelled) to shifts of each of these projects. */
	public java.util.Map<Long, java.util.Set<Long>> studentsByProject(java.util.Collection<Long> projectIds) {
		java.util.Map<Long, java.util.Set<Long>> students = new java.util.HashMap<>();
		if (!projectIds.isEmpty()) {
			this.signups.studentsByProject(projectIds)
				.forEach(row -> students.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>())
					.add((Long) row[1]));
		}
		return students;
	}

}
