package org.practica.round;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.signup.Shift;
import org.practica.signup.Signup;
import org.practica.signup.Signups;
import org.practica.support.FieldProblem;
import org.practica.support.Geo;
import org.practica.support.Ids;
import org.practica.support.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching rounds: opened by an admin of a university or district over shifts of projects
 * inside it, ranked by students while the window is open, and run once after it closes. A
 * run scores every application by the published {@link Criteria}, records the scores,
 * lottery values and free seats, solves the recorded instance with student-proposing
 * deferred acceptance, and turns each assignment into a confirmed sign-up.
 * <p>
 * Who takes part: a student may see a round, and rank its shifts, when they may see the
 * project of at least one of its shifts (a recruiting project: every student; a team's
 * project: the team's members); they may rank only shifts whose project they may see.
 */
@Service
@Transactional(readOnly = true)
public class Rounds {

	private static final int SLICE = 200;

	private static final int ID_CHUNK = 1000;

	private final MatchingRoundRepository rounds;

	private final RoundPreferenceRepository preferences;

	private final RoundApplicationRepository applications;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Projects projects;

	private final Needs needs;

	private final Signups signups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Rounds(MatchingRoundRepository rounds, RoundPreferenceRepository preferences,
			RoundApplicationRepository applications, Organisations organisations, Accounts accounts, Projects projects,
			Needs needs, Signups signups, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.preferences = preferences;
		this.applications = applications;
		this.organisations = organisations;
		this.accounts = accounts;
		this.projects = projects;
		this.needs = needs;
		this.signups = signups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a round of a university or district the person manages, over shifts of
	 * projects whose team or community lies inside it. Its lottery seed is drawn now and
	 * kept.
	 */
	@Transactional
	public MatchingRound create(CurrentUser by, RoundRequest request) {
		Organisation organisation = this.organisations.getManaged(by, Ids.parse(request.organisationId()));
		if (organisation.getKind() != OrganisationKind.UNIVERSITY
				&& organisation.getKind() != OrganisationKind.DISTRICT) {
			throw FieldProblem.unprocessable("organisationId", "round.organisation.wrong-kind");
		}
		List<Long> shiftIds = parseIds(request.shiftIds(), "round.shifts.duplicate");
		for (Long shiftId : shiftIds) {
			// a shift outside the organisation is as unknown as one that does not exist:
			// nothing of it (not even that it exists) is told
			Shift shift = this.signups.findShift(shiftId).orElseThrow(Problem::notFound);
			Project project = this.projects.find(shift.getProjectId()).orElseThrow(Problem::notFound);
			if (!inside(project, organisation.getPath())) {
				throw Problem.notFound();
			}
		}
		MatchingRound round = this.rounds
			.save(new MatchingRound(request.title().strip(), organisation, shiftIds, request.maxChoices(),
					request.opensAt().toInstant(), request.closesAt().toInstant(), this.random.nextLong()));
		this.events.publishEvent(new RoundCreated(round.getId(), organisation.getId()));
		return round;
	}

	/** The round, if the person may see it; otherwise 404. */
	public MatchingRound get(CurrentUser by, Long id) {
		MatchingRound round = this.rounds.findById(id).orElseThrow(Problem::notFound);
		if (!visible(by, round)) {
			throw Problem.notFound();
		}
		return round;
	}

	/** The round, for its admins: 404 when not visible, 403 when not theirs. */
	public MatchingRound getManaged(CurrentUser by, Long id) {
		MatchingRound round = get(by, id);
		if (!manages(by, round)) {
			throw Problem.forbidden();
		}
		return round;
	}

	public boolean manages(CurrentUser by, MatchingRound round) {
		return by.manages(round.getOrganisationPath());
	}

	/**
	 * The rounds the person manages or may take part in, latest closing first (the newest
	 * first among those closing together): every such round, read in slices of
	 * {@value #SLICE} with the student's share checked per slice in two queries, not only
	 * the latest few of the province.
	 */
	public List<MatchingRound> listFor(CurrentUser by) {
		Set<MatchingRound> found = new LinkedHashSet<>();
		for (String path : by.managedPaths()) {
			scan(slice -> this.rounds.findInSubtree(path, slice), found::addAll);
		}
		if (by.holds(Role.STUDENT)) {
			scan(this.rounds::findAllByOrderByClosesAtDescIdDesc, slice -> found.addAll(takingPart(by, slice)));
		}
		List<MatchingRound> ordered = new ArrayList<>(found);
		ordered.sort(java.util.Comparator.comparing(MatchingRound::getClosesAt)
			.thenComparing(MatchingRound::getId)
			.reversed());
		return ordered;
	}

	private static void scan(java.util.function.Function<Pageable, Slice<MatchingRound>> source,
			java.util.function.Consumer<List<MatchingRound>> each) {
		Pageable slice = PageRequest.of(0, SLICE);
		while (true) {
			Slice<MatchingRound> read = source.apply(slice);
			each.accept(read.getContent());
			if (!read.hasNext()) {
				return;
			}
			slice = read.nextPageable();
		}
	}

	/**
	 * The rounds among these with a shift the student may take: their shifts and projects
	 * read in two queries, not one per shift.
	 */
	private List<MatchingRound> takingPart(CurrentUser student, List<MatchingRound> candidates) {
		List<Long> shiftIds = candidates.stream().flatMap(r -> r.getShiftIds().stream()).distinct().toList();
		Map<Long, Long> projectOfShift = new HashMap<>();
		for (List<Long> chunk : chunks(shiftIds)) {
			this.signups.findShifts(chunk).forEach(s -> projectOfShift.put(s.getId(), s.getProjectId()));
		}
		Set<Long> open = new HashSet<>();
		for (List<Long> chunk : chunks(List.copyOf(Set.copyOf(projectOfShift.values())))) {
			for (Project project : this.projects.all(chunk)) {
				if (this.projects.visible(student, project)) {
					open.add(project.getId());
				}
			}
		}
		return candidates.stream()
			.filter(r -> manages(student, r) || r.getShiftIds()
				.stream()
				.map(projectOfShift::get)
				.anyMatch(project -> project != null && open.contains(project)))
			.toList();
	}

	/** The round's shifts that still exist, in the round's order. */
	public List<Shift> shifts(MatchingRound round) {
		return round.getShiftIds().stream().map(this.signups::findShift).flatMap(Optional::stream).toList();
	}

	/** The shifts of the round the student may rank. */
	public List<Shift> shiftsOpenTo(CurrentUser student, MatchingRound round) {
		return shifts(round).stream().filter(s -> mayTake(student, s)).toList();
	}

	/**
	 * Upcoming shifts of active projects the person manages, to choose from when opening
	 * a round.
	 */
	public List<Shift> shiftChoices(CurrentUser by) {
		List<Long> projectIds = this.projects.managedActive(by).stream().map(Project::getId).toList();
		Instant now = this.clock.instant();
		return this.signups.shiftsOfProjectsBetween(projectIds, now, now.plus(Duration.ofDays(366)));
	}

	/** The student's ranked choices in the round, if any. */
	public Optional<RoundPreference> preferenceOf(CurrentUser student, Long roundId) {
		return this.preferences.findByRoundIdAndStudentId(roundId, student.id());
	}

	/**
	 * A student ranks shifts of the round, best first, while its window is open: at most
	 * the round's number of choices, no shift twice, only shifts of the round whose
	 * project they may see. An empty list withdraws. With {@code waivesPriority} the
	 * student consents to waive a priority that cannot get them a place but blocks
	 * others.
	 */
	@Transactional
	public RoundPreference choose(CurrentUser student, Long roundId, List<String> shiftIdTexts,
			boolean waivesPriority) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		MatchingRound round = get(student, roundId);
		round.checkTakesChoices(this.clock.instant());
		List<Long> shiftIds = parseIds(shiftIdTexts == null ? List.of() : shiftIdTexts, "round.choices.duplicate");
		if (shiftIds.size() > round.getMaxChoices()) {
			throw FieldProblem.unprocessable("shiftIds", "round.choices.too-many", round.getMaxChoices());
		}
		for (Long shiftId : shiftIds) {
			if (!round.getShiftIds().contains(shiftId)) {
				throw FieldProblem.unprocessable("shiftIds", "round.choices.not-in-round", shiftId);
			}
			Shift shift = this.signups.findShift(shiftId).orElseThrow(Problem::notFound);
			if (!mayTake(student, shift)) {
				throw FieldProblem.unprocessable("shiftIds", "round.choices.not-open-to-you", shiftId);
			}
		}
		RoundPreference preference = this.preferences.findByRoundIdAndStudentId(roundId, student.id())
			.orElseGet(() -> new RoundPreference(roundId, student.id()));
		preference.choose(shiftIds, waivesPriority);
		this.preferences.save(preference);
		this.events.publishEvent(new ChoicesSubmitted(roundId, student.id()));
		return preference;
	}

	/**
	 * Runs the round once, after its window closes, by an admin of its organisation:
	 * records each application's score and lottery value and each shift's free seats,
	 * solves, and confirms the assigned students' places.
	 */
	@Transactional
	public MatchingRound run(CurrentUser by, Long roundId) {
		MatchingRound round = this.rounds.findForUpdate(roundId).orElseThrow(Problem::notFound);
		if (!visible(by, round)) {
			throw Problem.notFound();
		}
		if (!manages(by, round)) {
			throw Problem.forbidden();
		}
		Instant now = this.clock.instant();
		round.checkMayRun(now);

		Map<Long, Shift> shifts = this.signups.lockForAssignment(round.getShiftIds());
		Map<Long, Integer> seats = new LinkedHashMap<>();
		for (Long shiftId : round.getShiftIds()) {
			Shift shift = shifts.get(shiftId);
			seats.put(shiftId, (shift != null) ? shift.seatsLeftAt(now) : 0);
		}
		List<RoundPreference> prefs = this.preferences.findByRoundIdOrderByStudentId(roundId);
		List<RoundApplication> recorded = this.applications.saveAll(score(round, prefs, shifts));

		RoundInstance.Solved solved = RoundInstance.solve(round.getShiftIds(), seats, recorded);
		Map<Long, Long> assignment = solved.assignment();
		Map<Long, List<Long>> studentsOfShift = new LinkedHashMap<>();
		assignment.forEach((student, shift) -> {
			if (shift != null) {
				studentsOfShift.computeIfAbsent(shift, s -> new ArrayList<>()).add(student);
			}
		});
		Set<Long> admitted = new HashSet<>();
		studentsOfShift.forEach((shift, students) -> admitted.addAll(this.signups.assign(shift, students)));

		Set<Long> availableSomewhere = new HashSet<>();
		recorded.stream().filter(RoundApplication::isAvailable).forEach(a -> availableSomewhere.add(a.getStudentId()));
		round.ran(now, by.getUsername(), seats, prefs, new MatchingRound.Run(assignment, admitted, availableSomewhere,
				solved.adjusted(), solved.plain(), solved.firstCome(), solved.consenting()));
		this.events.publishEvent(new RoundRun(roundId, round.getSeats(), round.getAssigned(), round.getUnassigned()));
		return round;
	}

	/**
	 * What the run meant for each student who ranked shifts in it, for the notices sent
	 * once it has run.
	 */
	Map<Long, MyResult> resultsOf(Long roundId) {
		MatchingRound round = this.rounds.findById(roundId).orElseThrow(Problem::notFound);
		Map<Long, MyResult> results = new LinkedHashMap<>();
		for (RoundPreference p : this.preferences.findByRoundIdOrderByStudentId(roundId)) {
			if (p.getOutcome() != null && p.getOutcome() != RoundOutcome.NO_CHOICES) {
				results.put(p.getStudentId(), MyResult.of(round, p));
			}
		}
		return results;
	}

	/** Every student's choices and outcome, for the round's admins. */
	public List<RoundPreference> results(CurrentUser by, Long roundId) {
		getManaged(by, roundId);
		return this.preferences.findByRoundIdOrderByStudentId(roundId);
	}

	/** The recorded applications of a run, for the round's admins. */
	public List<RoundApplication> applications(CurrentUser by, Long roundId) {
		getManaged(by, roundId);
		return this.applications.findByRoundIdOrderByStudentIdAscChoiceAsc(roundId);
	}

	/** What the round meant for the student, and why. */
	public MyResult myResult(CurrentUser student, Long roundId) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		MatchingRound round = get(student, roundId);
		Optional<RoundPreference> preference = preferenceOf(student, roundId);
		int choices = preference.map(p -> p.getShiftIds().size()).orElse(0);
		boolean waived = preference.map(RoundPreference::isWaivesPriority).orElse(false);
		if (!round.hasRun()) {
			return new MyResult(round, RoundOutcome.NOT_RUN, null, null, choices, waived);
		}
		if (preference.isEmpty() || preference.get().getOutcome() == null || choices == 0) {
			return new MyResult(round, RoundOutcome.NO_CHOICES, null, null, 0, waived);
		}
		return MyResult.of(round, preference.get());
	}

	/**
	 * Solves the round again from its recorded applications and seats alone, reading
	 * nothing that may have changed since: the engine's assignment at the run.
	 * @param roundId a round that has run
	 * @return per student who applied, the shift the engine chose, or null
	 */
	public Map<Long, Long> replay(Long roundId) {
		MatchingRound round = this.rounds.findById(roundId).orElseThrow(Problem::notFound);
		if (!round.hasRun()) {
			throw Problem.conflict("round.run.not-yet");
		}
		return RoundInstance
			.solve(round.getShiftIds(), round.getSeatsByShift(),
					this.applications.findByRoundIdOrderByStudentIdAscChoiceAsc(roundId))
			.assignment();
	}

	private List<RoundApplication> score(MatchingRound round, List<RoundPreference> prefs, Map<Long, Shift> shifts) {
		Map<Long, Account> students = this.accounts.byId(prefs.stream().map(RoundPreference::getStudentId).toList());
		Map<Long, Project> projectsById = new HashMap<>();
		this.projects.all(shifts.values().stream().map(Shift::getProjectId).distinct().toList())
			.forEach(p -> projectsById.put(p.getId(), p));
		Map<Long, Need> needsById = new HashMap<>();
		this.needs
			.all(projectsById.values()
				.stream()
				.map(Project::getNeedId)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList())
			.forEach(n -> needsById.put(n.getId(), n));
		Map<Long, Organisation> places = new HashMap<>();
		Map<Long, Integer> arrival = arrivalOrder(prefs);
		Map<Long, List<Signup>> held = heldDuring(prefs, shifts.values());

		List<RoundApplication> scored = new ArrayList<>();
		for (RoundPreference preference : prefs) {
			Account student = students.get(preference.getStudentId());
			if (student == null) {
				continue;
			}
			List<Signup> busy = held.getOrDefault(student.getId(), List.of());
			Organisation campus = campusOf(student, places);
			long lottery = Criteria.lottery(round.getSeed(), student.getId());
			List<Long> choices = preference.getShiftIds();
			for (int k = 0; k < choices.size(); k++) {
				Shift shift = shifts.get(choices.get(k));
				if (shift == null) {
					continue;
				}
				Project project = projectsById.get(shift.getProjectId());
				Need need = project == null ? null : needsById.get(project.getNeedId());
				boolean available = busy.stream()
					.noneMatch(b -> b.getStartsAt().isBefore(shift.getEndsAt())
							&& b.getEndsAt().isAfter(shift.getStartsAt()));
				int score = Criteria.score(student.getSkills(), student.getMajor(),
						need == null ? List.of() : need.getSkills(),
						need == null ? null : need.getTitle() + " " + need.getDescription(),
						distance(campus, shift, project, need, places), available);
				scored.add(new RoundApplication(round.getId(), student.getId(), shift.getId(), k + 1, available, score,
						lottery, preference.isWaivesPriority(), arrival.get(student.getId())));
			}
		}
		return scored;
	}

	/**
	 * The order in which the students first submitted choices (1 = first): the recorded
	 * arrival order of the first-come simulation.
	 */
	private static Map<Long, Integer> arrivalOrder(List<RoundPreference> prefs) {
		List<RoundPreference> ordered = new ArrayList<>(prefs);
		ordered
			.sort(java.util.Comparator.comparing(RoundPreference::getCreatedAt).thenComparing(RoundPreference::getId));
		Map<Long, Integer> arrival = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			arrival.put(ordered.get(i).getStudentId(), i + 1);
		}
		return arrival;
	}

	/**
	 * The places the applicants hold during the span of the round's shifts, read in
	 * batches rather than one query per application.
	 */
	private Map<Long, List<Signup>> heldDuring(List<RoundPreference> prefs, java.util.Collection<Shift> shifts) {
		if (prefs.isEmpty() || shifts.isEmpty()) {
			return Map.of();
		}
		Instant from = shifts.stream().map(Shift::getStartsAt).min(Instant::compareTo).orElseThrow();
		Instant to = shifts.stream().map(Shift::getEndsAt).max(Instant::compareTo).orElseThrow();
		return this.signups.placesOverlapping(prefs.stream().map(RoundPreference::getStudentId).toList(), from, to);
	}

	/** The student's university, whose position is their campus. */
	private Organisation campusOf(Account student, Map<Long, Organisation> places) {
		if (student.getOrganisationId() == null) {
			return null;
		}
		Organisation home = place(student.getOrganisationId(), places);
		return home == null ? null : place(home.rootId(), places);
	}

	private Double distance(Organisation campus, Shift shift, Project project, Need need,
			Map<Long, Organisation> places) {
		if (campus == null || !campus.hasPosition()) {
			return null;
		}
		Double lat = shift.getLatitude();
		Double lon = shift.getLongitude();
		if ((lat == null || lon == null) && need != null && need.hasPosition()) {
			lat = need.getLatitude();
			lon = need.getLongitude();
		}
		if ((lat == null || lon == null) && project != null) {
			Organisation community = place(project.getCommunityId(), places);
			if (community != null && community.hasPosition()) {
				lat = community.getLatitude();
				lon = community.getLongitude();
			}
		}
		if (lat == null || lon == null) {
			return null;
		}
		return Geo.distanceKm(campus.getLatitude(), campus.getLongitude(), lat, lon);
	}

	private Organisation place(Long id, Map<Long, Organisation> places) {
		return places.computeIfAbsent(id,
				key -> this.organisations.all(List.of(key)).stream().findFirst().orElse(null));
	}

	private boolean visible(CurrentUser by, MatchingRound round) {
		return manages(by, round) || (by.holds(Role.STUDENT) && !takingPart(by, List.of(round)).isEmpty());
	}

	/**
	 * Ids in slices a statement's parameters hold (a round may have thousands of shifts).
	 */
	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += ID_CHUNK) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)));
		}
		return chunks;
	}

	private boolean mayTake(CurrentUser student, Shift shift) {
		return this.projects.find(shift.getProjectId()).map(p -> this.projects.visible(student, p)).orElse(false);
	}

	private static boolean inside(Project project, String path) {
		return project.getCommunityPath().startsWith(path)
				|| (project.getTeamPath() != null && project.getTeamPath().startsWith(path));
	}

	private static List<Long> parseIds(List<String> texts, String duplicateKey) {
		List<Long> ids = new ArrayList<>();
		for (String text : texts) {
			Long id;
			try {
				id = text == null ? null : Long.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				id = null;
			}
			if (id == null) {
				throw FieldProblem.unprocessable("shiftIds", "round.shifts.unknown", text);
			}
			if (ids.contains(id)) {
				throw FieldProblem.invalid("shiftIds", duplicateKey);
			}
			ids.add(id);
		}
		return ids;
	}

	/**
	 * What a round meant for one student.
	 *
	 * @param round the round
	 * @param outcome the outcome, with a sentence under {@code round.reason.<outcome>}
	 * @param shiftId the shift they were assigned, or null
	 * @param choice which of their choices it was (1 = the first), or null
	 * @param choices how many shifts they ranked
	 * @param waived whether they waived their priority
	 */
	public record MyResult(MatchingRound round, RoundOutcome outcome, Long shiftId, Integer choice, int choices,
			boolean waived) {

		/**
		 * The result recorded for a student who ranked shifts in a round that has run.
		 */
		static MyResult of(MatchingRound round, RoundPreference p) {
			int choices = p.getShiftIds().size();
			return p.getOutcome() == RoundOutcome.ASSIGNED
					? new MyResult(round, p.getOutcome(), p.getMatchedShiftId(), p.getMatchedChoice(), choices,
							p.isWaivesPriority())
					: new MyResult(round, p.getOutcome(), null, null, choices, p.isWaivesPriority());
		}

		/** The message key of the sentence that says why, and its arguments. */
		public String reasonKey() {
			return "round.reason." + variant();
		}

		/** The message key of the notice sent when the round has run. */
		public String noticeKey() {
			return "round.notice." + variant();
		}

		private String variant() {
			if (this.outcome == RoundOutcome.FILLED && this.waived) {
				return "FILLED.waived";
			}
			if (this.outcome == RoundOutcome.FILLED && this.choices == 1) {
				return "FILLED.one";
			}
			return this.outcome.name();
		}

		public Object[] reasonArguments() {
			return this.outcome == RoundOutcome.ASSIGNED ? new Object[] { this.choice } : new Object[] { this.choices };
		}

	}

}
